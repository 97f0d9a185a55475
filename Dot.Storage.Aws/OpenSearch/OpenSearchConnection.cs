using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Signing;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// Opens the analytics store from <c>Storage:Aws</c>: an <see cref="HttpClient"/> to <c>OpenSearch:Url</c>, signed
/// with SigV4 for <c>OpenSearch:Service</c> in <c>Region</c> when a service is set (credentials from
/// the registered credentials, else the SDK's default chain), over a given transport (the tests
/// record through one) or a pooled socket handler.
/// </summary>
public static class OpenSearchConnection
{
    public const string ServerlessService = "aoss";

    public static OpenSearchAnalyticsStore Open(
        AwsStorageOptions options, AWSCredentials? credentials, TimeProvider time, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.OpenSearch;
        var url = settings.Url ?? throw new InvalidOperationException("Storage:Aws:OpenSearch:Url is required.");
        var handler = transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(settings.Service))
        {
            handler = new SigV4SigningHandler(
                credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(),
                options.Region ?? throw new InvalidOperationException("Storage:Aws:Region is required to sign OpenSearch requests."),
                settings.Service, time)
            { InnerHandler = handler };
        }
        var baseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        var http = new HttpClient(handler) { BaseAddress = baseAddress };
        var clientOptions = new OpenSearchClientOptions { WaitForRefresh = settings.Service != ServerlessService };
        return new OpenSearchAnalyticsStore(http, clientOptions, new TenantIndexes(settings.IndexPrefix, settings.DedicatedTenants));
    }
}
