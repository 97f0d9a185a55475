using Dot.Bench.Generation;
using Dot.Domain.Analytics;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// A dashboard query the benchmarks send: its field (with <c>$datasetId</c> as its one variable), and optionally the
/// analytics reader's query that answers it, timed in-process as the baseline (no HTTP, no GraphQL, no cache).
/// </summary>
public sealed record QueryDocument(string Name, string Field, Func<IAnalyticsReader, string, string, CancellationToken, Task>? InProcess = null)
{
    /// <summary>The GraphQL document that asks this field alone.</summary>
    public string Query => $"query($datasetId: ID!) {{ {Field} }}";
}

/// <summary>
/// The documents of the query benchmark (DESIGN section 8 sets targets for testSummary and passRateTrend; the others
/// are measured the same way), and the whole dashboard they make in one request. The dashboard queries ask for the
/// generator's whole 90-day window. One line adds one.
/// </summary>
public static class QueryDocuments
{
    private static readonly TimeWindow Generated = new(Workloads.WindowEnd - Workloads.Window, Workloads.WindowEnd);
    private static readonly string Window = $"from: \"{Generated.From:O}\", to: \"{Generated.To:O}\"";

    public static IReadOnlyList<QueryDocument> All { get; } =
    [
        new("testSummary", "testSummary(datasetId: $datasetId) { total passed failed errored skipped passRate }",
            (store, tenant, dataset, ct) => store.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(tenant, dataset), null, null), ct)),
        new("passRateTrend", $"passRateTrend(datasetId: $datasetId, interval: DAY, {Window}) {{ bucket total passed failed errored skipped passRate }}",
            (store, tenant, dataset, ct) => store.QueryAsync(
                new AggregationQuery(AnalyticsScope.Of(tenant, dataset), Generated, ResultFilter.None, [Metric.StatusCounts], new DateHistogram(HistogramInterval.Day)), ct)),
        new("flakyTests", $"flakyTests(datasetId: $datasetId, {Window}, first: 10) {{ suite className name runs flakyRuns flakeRate lastFlakyAt }}",
            (store, tenant, dataset, ct) => store.QueryAsync(new FlakyTestsQuery(AnalyticsScope.Of(tenant, dataset), Generated, 10), ct)),
        new("slowestTests", $"slowestTests(datasetId: $datasetId, {Window}, first: 10) {{ suite className name runs p50 p95 max }}"),
        new("topFailures", $"topFailures(datasetId: $datasetId, {Window}, first: 10) {{ fingerprint message count tests lastSeenAt }}"),
    ];

    /// <summary>A whole dashboard in one request: every field of <see cref="All"/>, as issue 15's mixed workload asks.</summary>
    public static string Dashboard { get; } = $"query($datasetId: ID!) {{ {string.Join(' ', All.Select(d => d.Field))} }}";
}
