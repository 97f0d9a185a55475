using System.Text.RegularExpressions;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>The checks of <c>Storage:Aws:OpenSearch</c>, each failure naming its setting.</summary>
public static partial class OpenSearchRules
{
    public static IEnumerable<string> Check(OpenSearchOptions options, bool development)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url is not { IsAbsoluteUri: true } url || url.Scheme is not ("http" or "https"))
        {
            yield return "Storage:Aws:OpenSearch:Url is required: the absolute https URL of the OpenSearch domain or collection.";
        }
        else if (url.Scheme != "https" && !development)
        {
            yield return "Storage:Aws:OpenSearch:Url must be https outside Development.";
        }
        if (options.Service is { Length: > 0 } service && service is not ("es" or OpenSearchConnection.ServerlessService))
        {
            yield return "Storage:Aws:OpenSearch:Service must be 'es' (a managed domain) or 'aoss' (Serverless).";
        }
        else if (string.IsNullOrEmpty(options.Service) && !development)
        {
            yield return "Storage:Aws:OpenSearch:Service is required outside Development ('es' or 'aoss'): requests to AWS are signed.";
        }
        if (!IndexPrefix().IsMatch(options.IndexPrefix ?? string.Empty))
        {
            yield return "Storage:Aws:OpenSearch:IndexPrefix must be 1 to 40 lower-case letters, digits or '-', starting with a letter.";
        }
        if ((options.DedicatedTenants ?? []).Any(tenant => !TenantId().IsMatch(tenant ?? string.Empty)))
        {
            yield return "Storage:Aws:OpenSearch:DedicatedTenants must list tenant ids (letters, digits, '_' and '-').";
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefix();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex TenantId();
}
