using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>A <see cref="TestSummaryQuery"/>: final executions, optionally in [from, to), counted by status.</summary>
internal static class SummaryReader
{
    private const string Name = "statuses";

    public static async Task<TestSummary> ReadAsync(TenantIndex index, TestSummaryQuery query, CancellationToken cancellationToken)
    {
        var conditions = new List<Query> { Query.TermOf("superseded", false) };
        if (query.From is not null || query.To is not null)
        {
            conditions.Add(Query.RangeOf("ts", new RangeBounds
            {
                Gte = query.From is { } from ? OpenSearchJson.Date(from) : null,
                Lt = query.To is { } to ? OpenSearchJson.Date(to) : null,
            }));
        }
        var response = await index.SearchAsync(DocumentKind.Results, query.Scope, new SearchRequest
        {
            Query = Query.All(conditions),
            Aggs = new Dictionary<string, Aggregation> { [Name] = StatusCounts.Aggregation },
        }, cancellationToken);
        return StatusCounts.Read(response.Aggregates, Name);
    }
}
