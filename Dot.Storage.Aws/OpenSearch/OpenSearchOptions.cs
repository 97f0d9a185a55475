namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// <c>Storage:Aws:OpenSearch</c>: where the analytics documents live. <see cref="Service"/> names what requests are
/// signed for (<c>es</c> for a managed domain, <c>aoss</c> for Serverless); left out, requests go unsigned (a local
/// container, Development only). Indexes are named <c>{IndexPrefix}-results</c>, <c>-work-items</c>, <c>-reviews</c>;
/// a tenant in <see cref="DedicatedTenants"/> gets indexes of its own, <c>{IndexPrefix}-results-tenant-{id}</c> and so on.
/// </summary>
public sealed class OpenSearchOptions
{
    public Uri? Url { get; set; }

    public string? Service { get; set; }

    public string IndexPrefix { get; set; } = "dot";

    public string[] DedicatedTenants { get; set; } = [];
}
