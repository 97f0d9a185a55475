using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>A page of <see cref="WorkItemsQuery"/>: current items by key, after the last key seen.</summary>
internal static class WorkItemsReader
{
    public static async Task<IReadOnlyList<WorkItemDocument>> ReadAsync(TenantIndex index, WorkItemsQuery query, CancellationToken cancellationToken)
    {
        var after = query.AfterKey is { } key ? [Query.RangeOf("key", new RangeBounds { Gt = key })] : Array.Empty<Query>();
        var response = await index.SearchAsync(DocumentKind.WorkItems, query.Scope, new SearchRequest
        {
            Size = query.Limit,
            Query = WorkItemConditions.Current(query.Type, after),
            Sort = [SortOrder.By("key", descending: false)],
        }, cancellationToken);
        return response.Hits.Hits.Select(hit => OpenSearchJson.Read<WorkItemSource>(hit.Source).ToDocument()).ToList();
    }
}
