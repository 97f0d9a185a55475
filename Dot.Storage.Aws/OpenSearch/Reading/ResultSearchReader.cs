using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// A page of a <see cref="TestResultSearch"/>: final executions sorted by the sort field, then upload id and
/// position (unique together), all in the sort's direction, after the cursor with <c>search_after</c> (keyset).
/// A time travels as nanoseconds since the epoch, as OpenSearch sorts a <c>date_nanos</c> field.
/// </summary>
internal static class ResultSearchReader
{
    public static async Task<IReadOnlyList<TestResultHit>> ReadAsync(TenantIndex index, TestResultSearch query, CancellationToken cancellationToken)
    {
        var descending = query.Sort.Direction == SortDirection.Descending;
        var response = await index.SearchAsync(DocumentKind.Results, query.Scope, new SearchRequest
        {
            Size = query.Limit,
            Query = ResultConditions.Final(query.Window, query.Filter),
            Sort = [SortOrder.By(Field(query.Sort.Field), descending), SortOrder.By("upload", descending), SortOrder.By("ordinal", descending)],
            SearchAfter = query.After is { } after ? [SortValue(after), after.UploadId, after.Ordinal] : null,
        }, cancellationToken);
        return response.Hits.Hits.Select(hit => OpenSearchJson.Read<ResultSource>(hit.Source).ToHit()).ToList();
    }

    private static string Field(ResultSortField field) => field switch
    {
        ResultSortField.Timestamp => "ts",
        ResultSortField.Duration => "duration_ms",
        ResultSortField.Name => "name",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown sort field."),
    };

    private static object SortValue(TestResultCursor cursor) => cursor.Sort.Field switch
    {
        ResultSortField.Timestamp => (cursor.Timestamp!.Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100,
        ResultSortField.Duration => cursor.Duration!.Value,
        _ => cursor.Name!,
    };
}
