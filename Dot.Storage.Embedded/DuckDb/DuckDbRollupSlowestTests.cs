using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The slowest tests (measured executions grouped by test, the top by a duration percentile, descending; counts,
/// percentiles and the maximum) from the durations the test-day rollups keep (<see cref="DuckDbDurationLists"/>),
/// read for the few tests that can make the top only. The answer's cut is bounded from below by the <c>size</c>-th
/// highest of any bounds of distinct tests' percentiles: those the counts, means and maxima prove
/// (<see cref="TestDurations.PercentileFloor"/>), or, when these leave too many tests, the percentiles of the
/// <c>size</c> tests with the highest mean, read first. A test whose longest duration is below the bound cannot reach
/// the cut; every other test's percentiles are computed in full, so the top among them, ties included, is one scan's.
/// Exact; see decision 0015.
/// </summary>
internal static class DuckDbRollupSlowestTests
{
    private static readonly HashSet<TestStatus> Measured = [TestStatus.Passed, TestStatus.Failed, TestStatus.Errored];

    private static readonly IReadOnlyList<ResultField> TestFields = GroupBy.Test(1, BucketOrder.ByKey).Fields;

    private static readonly Metric Slowest = Metric.Max(MetricField.Duration);

    // Reading the seeds' lists costs about as much as reading this many more tests' (measured at ten million results).
    private const int SeedsWorthReading = 400;

    // A percentile interpolated between values up to a maximum can exceed it by rounding in the last place; this
    // margin, far above such rounding, keeps a test whose maximum is "below" the cut out of it for certain.
    private const double Margin = 1e-9;

    public static bool Serves(AggregationQuery query) =>
        query is { Histogram: null, GroupBy: { Order: { Metric.Kind: MetricKind.Percentile, Direction: SortDirection.Descending } } groupBy }
        && groupBy.Fields.SequenceEqual(TestFields)
        && query.Filter.Statuses is { } statuses && Measured.SetEquals(statuses)
        && query.Filter == new ResultFilter { Statuses = statuses }
        && query.Metrics.All(metric => metric == Metric.Count || metric == Slowest || metric.Kind == MetricKind.Percentile);

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var (size, order) = (query.GroupBy!.Size, query.GroupBy.Order.Metric!);
        var cover = await DuckDbDayCover.ReadAsync(connection, query.Scope, query.Window.From, query.Window.To, cancellationToken);
        var tests = await DuckDbTestDurations.ReadAsync(connection, query.Scope, cover, cancellationToken);
        var candidates = tests;
        if (tests.Count > size)
        {
            candidates = Reaching(tests, tests.Select(test => test.PercentileFloor(order.Percentile!.Value)).OrderDescending().ElementAt(size - 1));
            if (candidates.Count > SeedsWorthReading)
            {
                var seeds = tests.OrderByDescending(test => test.Mean).Take(size).Select(test => test.Test);
                var seeded = await DuckDbDurationLists.ReadAsync(connection, query, cover, seeds, size, cancellationToken);
                candidates = seeded.Count == size ? Reaching(candidates, seeded[^1].Percentiles[order]) : candidates;
            }
        }
        var top = await DuckDbDurationLists.ReadAsync(connection, query, cover, candidates.Select(test => test.Test), size, cancellationToken);
        return top.Select(row => new AggregateBucket(null, row.Key, query.Metrics.ToDictionary(metric => metric, metric => Value(metric, row)))).ToList();
    }

    /// <summary>The tests whose longest duration, so whose percentiles, can reach <paramref name="cut"/>.</summary>
    private static List<TestDurations> Reaching(IEnumerable<TestDurations> tests, double cut) =>
        tests.Where(test => test.Max + Math.Abs(test.Max) * Margin >= cut).ToList();

    // A count is a long, as one scan gives it (a conditional expression would make it a double).
    private static object? Value(Metric metric, TestPercentiles row)
    {
        if (metric == Metric.Count)
        {
            return row.Measured;
        }
        return metric == Slowest ? row.Max : row.Percentiles[metric];
    }
}
