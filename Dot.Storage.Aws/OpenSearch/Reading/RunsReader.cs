using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// A page of <see cref="TestRunsQuery"/>: a composite aggregation over the run id of the scope's final executions
/// with counts per status, the summed duration, the distinct uploads, the flagged count, and the first and last
/// upload times (top hits, so the times keep every tick for the cursor); ordered newest last upload first, then run
/// id descending, after the cursor.
/// </summary>
internal static class RunsReader
{
    private static readonly IReadOnlyDictionary<string, Aggregation> Metrics = new Dictionary<string, Aggregation>
    {
        ["statuses"] = StatusCounts.Aggregation,
        ["duration"] = new() { Sum = new FieldName("duration_ms") },
        ["uploads"] = new() { Cardinality = new CardinalityAggregation("upload") },
        ["flaky"] = new() { Filter = Query.TermOf("flaky", true) },
        ["first"] = Upload(descending: false),
        ["last"] = Upload(descending: true),
    };

    public static async Task<IReadOnlyList<TestRunSummary>> ReadAsync(TenantIndex index, TestRunsQuery query, CancellationToken cancellationToken)
    {
        var runs = await Composite.AllAsync(index, DocumentKind.Results, query.Scope, Query.TermOf("superseded", false),
            [("run", "run")], Metrics, cancellationToken);
        return runs.Select(Read)
            .Where(run => query.After is not { } after || run.LastUploadAt < after.LastUploadAt
                || (run.LastUploadAt == after.LastUploadAt && string.CompareOrdinal(run.RunId, after.RunId) < 0))
            .OrderByDescending(run => run.LastUploadAt).ThenByDescending(run => run.RunId, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
    }

    private static TestRunSummary Read(BucketResult bucket)
    {
        var aggregates = bucket.Aggregates;
        var first = UploadOf(aggregates, "first");
        return new TestRunSummary(
            bucket.KeyOf("run")!,
            first.RunKey,
            (int)(aggregates.Value("uploads").Value ?? 0),
            StatusCounts.Read(aggregates, "statuses"),
            aggregates.Value("duration").Value ?? 0,
            first.ReceivedAt,
            UploadOf(aggregates, "last").ReceivedAt,
            aggregates.Count("flaky"));
    }

    private static Aggregation Upload(bool descending) => new()
    {
        TopHits = new TopHitsAggregation(1, [SortOrder.By("received_at", descending)], new SourceFilter(["received_at", "run_key"])),
    };

    private static (DateTimeOffset ReceivedAt, string? RunKey) UploadOf(Aggregates aggregates, string name)
    {
        var source = aggregates.Get<TopHitsResult>(name).Hits.Hits.Single().Source;
        return (source.GetProperty("received_at").GetDateTimeOffset().ToUniversalTime(),
            source.TryGetProperty("run_key", out var key) ? key.GetString() : null);
    }
}
