using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The pass-rate trend (<see cref="DuckDbStatusAggregation"/>'s shape: counts only, no group-by) from the rollups,
/// when its buckets are whole days (by day, week or month) and it has no filter: each day's counts
/// (<see cref="DuckDbRollupDays"/>) are added to the bucket the day starts in. Exact; every other trend is one scan.
/// </summary>
internal static class DuckDbRollupTrend
{
    public static bool Serves(AggregationQuery query) =>
        DuckDbStatusAggregation.Serves(query) && query.Filter == ResultFilter.None
        && query.Histogram is not { Interval: HistogramInterval.Hour };

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var days = await DuckDbRollupDays.CountsAsync(connection, query.Scope, await DuckDbDayCover.ReadAsync(connection, query.Scope, query.Window.From, query.Window.To, cancellationToken), cancellationToken);
        var counts = new Dictionary<DateTimeOffset, TestSummary>();
        foreach (var (day, dayCounts) in days)
        {
            var start = query.Histogram?.BucketOf(new DateTimeOffset(day)) ?? default;
            counts[start] = counts.GetValueOrDefault(start, TestSummary.Empty).Plus(dayCounts);
        }
        return DuckDbStatusAggregation.Buckets(query, counts);
    }
}
