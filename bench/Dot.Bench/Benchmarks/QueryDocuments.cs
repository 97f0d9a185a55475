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
/// generator's whole 90-day window; the same queries are timed again over a window that starts and ends at midday, as
/// every dashboard window ending "now" has parts of days at its edges. One line adds one.
/// </summary>
public static class QueryDocuments
{
    private static readonly TimeWindow Generated = new(Workloads.WindowEnd - Workloads.Window, Workloads.WindowEnd);
    private static readonly string Window = Arguments(Generated);
    private static readonly string HalfDayEdges = Arguments(new(Generated.From + TimeSpan.FromHours(12), Generated.To - TimeSpan.FromHours(12)));

    /// <summary>The fields of the dashboard, each over the whole window.</summary>
    public static IReadOnlyList<QueryDocument> DashboardFields { get; } =
    [
        new("testSummary", "testSummary(datasetId: $datasetId) { total passed failed errored skipped passRate }",
            (store, tenant, dataset, ct) => store.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(tenant, dataset), null, null), ct)),
        new("passRateTrend", PassRateTrend(Window),
            (store, tenant, dataset, ct) => store.QueryAsync(
                new AggregationQuery(AnalyticsScope.Of(tenant, dataset), Generated, ResultFilter.None, [Metric.StatusCounts], new DateHistogram(HistogramInterval.Day)), ct)),
        new("flakyTests", FlakyTests(Window),
            (store, tenant, dataset, ct) => store.QueryAsync(new FlakyTestsQuery(AnalyticsScope.Of(tenant, dataset), Generated, 10), ct)),
        new("slowestTests", SlowestTests(Window)),
        new("topFailures", TopFailures(Window)),
    ];

    /// <summary>Every timed document: the dashboard's fields, then those with a window over parts of days.</summary>
    public static IReadOnlyList<QueryDocument> All { get; } =
    [
        .. DashboardFields,
        new("passRateTrend, half-day edges", PassRateTrend(HalfDayEdges)),
        new("flakyTests, half-day edges", FlakyTests(HalfDayEdges)),
        new("slowestTests, half-day edges", SlowestTests(HalfDayEdges)),
        new("topFailures, half-day edges", TopFailures(HalfDayEdges)),
    ];

    /// <summary>A whole dashboard in one request: every field of <see cref="DashboardFields"/>, as issue 15's mixed workload asks.</summary>
    public static string Dashboard { get; } = $"query($datasetId: ID!) {{ {string.Join(' ', DashboardFields.Select(d => d.Field))} }}";

    /// <summary>The whole dashboard over the generator's window extended to <paramref name="end"/>: a window ending "now", after the window's last day.</summary>
    public static string DashboardUntil(DateTimeOffset end)
    {
        var window = Arguments(new TimeWindow(Generated.From, end));
        return $"query($datasetId: ID!) {{ {DashboardFields[0].Field} {PassRateTrend(window)} {FlakyTests(window)} {SlowestTests(window)} {TopFailures(window)} }}";
    }

    private static string Arguments(TimeWindow window) => $"from: \"{window.From:O}\", to: \"{window.To:O}\"";

    private static string PassRateTrend(string window) =>
        $"passRateTrend(datasetId: $datasetId, interval: DAY, {window}) {{ bucket total passed failed errored skipped passRate }}";

    private static string FlakyTests(string window) =>
        $"flakyTests(datasetId: $datasetId, {window}, first: 10) {{ suite className name runs flakyRuns flakeRate lastFlakyAt }}";

    private static string SlowestTests(string window) => $"slowestTests(datasetId: $datasetId, {window}, first: 10) {{ suite className name runs p50 p95 max }}";

    private static string TopFailures(string window) => $"topFailures(datasetId: $datasetId, {window}, first: 10) {{ fingerprint message count tests lastSeenAt }}";
}
