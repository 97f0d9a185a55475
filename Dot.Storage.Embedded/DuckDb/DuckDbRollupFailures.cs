using System.Globalization;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The top failures (failed and errored results grouped by fingerprint, with counts, distinct tests, the latest
/// time and message) from <c>rollup_failure_days</c> for the window's whole days and <c>test_results</c> for its
/// edges, merged in one statement: sums, a count of distinct (suite, class, name), a maximum and the message of the
/// latest (time, upload, position), so the answer is the one scan's, exactly.
/// </summary>
internal static class DuckDbRollupFailures
{
    private static readonly HashSet<TestStatus> Failures = [TestStatus.Failed, TestStatus.Errored];

    private static readonly Metric LastSeen = Metric.Max(MetricField.Timestamp);

    public static bool Serves(AggregationQuery query) =>
        query is { Histogram: null, GroupBy: { Fields: [ResultField.FailureFingerprint] } }
        && query.Filter.Statuses is { } statuses && Failures.SetEquals(statuses)
        && query.Filter == new ResultFilter { Statuses = statuses }
        && query.Metrics.All(metric => Expression(metric) is not null);

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var cover = new DuckDbDayCover(query.Window.From, query.Window.To);
        var sql = cover.Rows(new DuckDbSql().Append("WITH failures AS ("), DuckDbFailureDays.Columns, DuckDbSchema.FailureDays, query.Scope, DuckDbFailureDays.Select)
            .Append(") SELECT fingerprint");
        foreach (var metric in query.Metrics)
        {
            sql.Append(", ").Append(Expression(metric)!);
        }
        sql.Append(" FROM failures GROUP BY 1 ORDER BY ");
        if (query.GroupBy!.Order.Metric is { } order)
        {
            var column = (query.Metrics.ToList().IndexOf(order) + 2).ToString(CultureInfo.InvariantCulture);
            sql.Append($"{column} {DuckDbAggregation.Direction(query.GroupBy.Order.Direction)} NULLS LAST, ");
        }
        sql.Append("1 ASC NULLS FIRST LIMIT ").Value(query.GroupBy.Size);

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var buckets = new List<AggregateBucket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new Dictionary<Metric, object?>();
            var ordinal = 1;
            foreach (var metric in query.Metrics)
            {
                values[metric] = DuckDbMetrics.Read(reader, metric, ref ordinal);
            }
            buckets.Add(new AggregateBucket(null, [DuckDbValues.StringOrNull(reader, 0)], values));
        }
        return buckets;
    }

    private static string? Expression(Metric metric)
    {
        if (metric == LastSeen)
        {
            return "max(last_at)";
        }
        if (metric == Metric.LatestFailureMessage)
        {
            return "arg_max(last_message, (last_at, last_upload, last_ordinal))";
        }
        return metric.Kind switch
        {
            MetricKind.Count => "CAST(sum(failures) AS BIGINT)",
            MetricKind.DistinctTests => "count(DISTINCT (suite, class_name, name))",
            _ => null,
        };
    }
}
