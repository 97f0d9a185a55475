using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The hot path of dashboards, pass rates over time and totals: an aggregation without a group-by that asks only for
/// counts. It is grouped by status as well (a one-byte key) and folded into buckets here, which takes DuckDB about
/// two thirds of the time of four <c>count(*) FILTER (…)</c> aggregates per bucket (measured on a million rows).
/// </summary>
internal static class DuckDbStatusAggregation
{
    public static bool Serves(AggregationQuery query) =>
        query.GroupBy is null && query.Metrics.All(m => m.Kind is MetricKind.Count or MetricKind.StatusCounts);

    public static async Task<List<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var histogram = query.Histogram is { } dates ? new DuckDbHistogram(dates, query.Window) : null;
        var sql = new DuckDbSql().Append("SELECT ");
        histogram?.AppendKey(sql).Append(", ");
        sql.Append($"status, count(*) FROM {DuckDbSchema.TestResults}").Where(query.Scope, query.Window, query.Filter)
            .Append(histogram is null ? " GROUP BY status" : " GROUP BY 1, 2");

        var counts = new Dictionary<DateTimeOffset, TestSummary>();
        using (var command = sql.Command(connection))
        await using (var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken))
        {
            var column = histogram is null ? 0 : 1;
            while (await reader.ReadAsync(cancellationToken))
            {
                var start = histogram?.ReadStart(reader, 0) ?? default;
                counts[start] = counts.GetValueOrDefault(start, TestSummary.Empty).Add(DuckDbStatusCodes.ToStatus(reader.GetByte(column)), reader.GetInt64(column + 1));
            }
        }

        return Buckets(query, counts);
    }

    /// <summary>The buckets of <paramref name="query"/>, every one of its histogram's or the one, from counts by bucket start (default without a histogram).</summary>
    public static List<AggregateBucket> Buckets(AggregationQuery query, Dictionary<DateTimeOffset, TestSummary> counts) =>
        query.Histogram is { } byTime
            ? byTime.BucketStarts(query.Window).Select(start => Bucket(query, start, counts.GetValueOrDefault(start))).ToList()
            : [Bucket(query, null, counts.GetValueOrDefault(default))];

    private static AggregateBucket Bucket(AggregationQuery query, DateTimeOffset? start, TestSummary? counts)
    {
        var summary = counts ?? TestSummary.Empty;
        return new AggregateBucket(start, [], query.Metrics.ToDictionary(m => m, m => m.Kind == MetricKind.Count ? (object?)summary.Total : summary));
    }
}
