using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// Every bucket of a composite aggregation over what a query matches in a scope, page by page
/// (exact, unlike a terms aggregation's top buckets): the caller orders and cuts them.
/// </summary>
internal static class Composite
{
    private const int PageSize = 1000;

    private const string Name = "groups";

    public static async Task<List<BucketResult>> AllAsync(
        TenantIndex index, DocumentKind kind, AnalyticsScope scope, Query query, IReadOnlyList<(string Name, string Field)> sources,
        IReadOnlyDictionary<string, Aggregation>? metrics, CancellationToken cancellationToken)
    {
        var buckets = new List<BucketResult>();
        IReadOnlyDictionary<string, object?>? after = null;
        while (true)
        {
            var composite = new CompositeAggregation(PageSize, sources.Select(source => CompositeSource.Of(source.Name, source.Field)).ToList(), after);
            var response = await index.SearchAsync(kind, scope, new SearchRequest
            {
                Query = query,
                Aggs = new Dictionary<string, Aggregation> { [Name] = new() { Composite = composite, Aggs = metrics } },
            }, cancellationToken);
            var page = response.Aggregates.Buckets(Name);
            buckets.AddRange(page.Buckets);
            if (page.Buckets.Count < PageSize || page.AfterKey is null)
            {
                return buckets;
            }
            after = page.AfterKey.ToDictionary(entry => entry.Key, entry => entry.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : (object?)entry.Value);
        }
    }
}
