using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The slowest tests (measured executions grouped by test, the top by a duration percentile, descending; counts,
/// percentiles and the maximum) without sorting every test's durations. A threshold is guessed from the rollups (half
/// the mean duration of the test with the <c>size</c>-th highest mean, <see cref="DuckDbTestDurations"/>); the durations
/// at or above it are read (<see cref="DuckDbDurationsAbove"/>), and a test's percentile is exact when both values it
/// interpolates are among them. The answer is taken only when it is provably one scan's: at least <c>size</c> tests
/// have their ranking percentile known, every other test's is below the <c>size</c>-th of them (bounded by the
/// durations it has above the threshold, by the threshold, or by its maximum), and the top ones have every percentile
/// known. When tests stand in the way, the read is tried once more down to their smallest duration; anything else
/// (no more tests than asked for, a second miss) is answered by one scan (<see cref="DuckDbAggregation"/>). Exact
/// either way; see decision 0015.
/// </summary>
internal static class DuckDbRollupSlowestTests
{
    private static readonly HashSet<TestStatus> Measured = [TestStatus.Passed, TestStatus.Failed, TestStatus.Errored];

    private static readonly IReadOnlyList<ResultField> TestFields = GroupBy.Test(1, BucketOrder.ByKey).Fields;

    private static readonly Metric Slowest = Metric.Max(MetricField.Duration);

    // A percentile interpolated between values under a bound can exceed it by rounding in the last place; this margin,
    // far above such rounding, keeps "below" strict.
    private const double Margin = 1e-9;

    // The guessed threshold, then one lower, low enough to know the tests that stood in the way.
    private const int Attempts = 2;

    public static bool Serves(AggregationQuery query) =>
        query is { Histogram: null, GroupBy: { Order: { Metric.Kind: MetricKind.Percentile, Direction: SortDirection.Descending } } groupBy }
        && groupBy.Fields.SequenceEqual(TestFields)
        && query.Filter.Statuses is { } statuses && Measured.SetEquals(statuses)
        && query.Filter == new ResultFilter { Statuses = statuses }
        && query.Metrics.All(metric => metric == Metric.Count || metric == Slowest || metric.Kind == MetricKind.Percentile);

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var size = query.GroupBy!.Size;
        var tests = await DuckDbTestDurations.ReadAsync(connection, query.Scope, query.Window, cancellationToken);
        double? threshold = tests.Count > size ? tests.Select(test => test.Mean).OrderDescending().ElementAt(size - 1) / 2 : null;
        for (var attempt = 0; attempt < Attempts && threshold is { } above; attempt++)
        {
            var candidates = tests.Where(test => test.Max >= above).ToList();
            if (candidates.Count == 0)
            {
                break;
            }
            var rows = await DuckDbDurationsAbove.ReadAsync(connection, query, above, candidates, cancellationToken);
            var (top, blocking) = Prove(query, rows, above, tests);
            if (top is not null)
            {
                return top;
            }
            threshold = tests.Where(test => blocking.Contains(test.Test)).Select(test => (double?)test.Min).Min() is { } lower && lower < above ? lower : null;
        }
        return await DuckDbAggregation.ReadAsync(connection, query, cancellationToken);
    }

    /// <summary>
    /// The query's buckets when <paramref name="rows"/> prove them (see the class); else no buckets and the tests that
    /// stood in the way (not known, yet possibly in the top), whose smallest durations make a threshold that knows them.
    /// </summary>
    private static (List<AggregateBucket>? Top, HashSet<ulong> Blocking) Prove(
        AggregationQuery query, IReadOnlyList<TestAbove> rows, double threshold, IReadOnlyList<TestDurations> tests)
    {
        var (size, order) = (query.GroupBy!.Size, query.GroupBy.Order.Metric!);
        if (rows.Any(row => row.Measured is not { } count || count < row.Durations.Count) || rows.Select(row => row.Test).Distinct().Count() != rows.Count)
        {
            return (null, []); // counts that do not fit the durations, or two tests sharing a hash the counts cannot tell apart
        }
        var known = rows.Where(row => row.Knows(order)).ToList();
        if (known.Count < size)
        {
            return (null, rows.Where(row => !row.Knows(order)).Select(row => row.Test).ToHashSet());
        }
        var cut = known[size - 1].Percentiles[order];
        var blocking = rows.Where(row => !row.Knows(order) && !Below(row.Rank(order).Bound(row.Durations, threshold), cut))
            .Concat(known.Take(size).Where(row => query.Metrics.Any(metric => metric.Kind == MetricKind.Percentile && !row.Knows(metric))))
            .Select(row => row.Test).ToHashSet();
        if (!Below(threshold, cut))
        {
            var found = rows.Select(row => row.Test).ToHashSet();
            blocking.UnionWith(tests.Where(test => !found.Contains(test.Test) && !Below(test.Max, cut)).Select(test => test.Test));
        }
        return blocking.Count == 0 ? (known.Take(size).Select(row => Bucket(query, row)).ToList(), blocking) : (null, blocking);
    }

    private static bool Below(double bound, double cut) => bound + Math.Abs(bound) * Margin < cut;

    private static AggregateBucket Bucket(AggregationQuery query, TestAbove row) =>
        new(null, row.Key, query.Metrics.ToDictionary(metric => metric, metric => Value(metric, row)));

    // A count is a long, as one scan gives it (a conditional expression would make it a double).
    private static object? Value(Metric metric, TestAbove row)
    {
        if (metric == Metric.Count)
        {
            return row.Measured!.Value;
        }
        return metric == Slowest ? row.Durations[^1] : row.Percentiles[metric];
    }
}
