using System.Globalization;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The top failures (failed and errored results grouped by fingerprint, with counts, distinct tests, the latest
/// time and message) from <c>rollup_failure_days</c> for the window's whole days and <c>test_results</c> for its
/// edges, in one statement: sums, a count of distinct tests, a maximum, and the message of the latest (time, upload,
/// position), so the answer is the one scan's, exactly. The groups are ranked on numbers alone (a test is its
/// <c>test</c> hash, as in <c>rollup_test_days</c>); only the top ones' messages are then looked up, among the rows
/// whose time is their group's latest, so no message string goes through the aggregation.
/// </summary>
internal static class DuckDbRollupFailures
{
    private static readonly HashSet<TestStatus> Failures = [TestStatus.Failed, TestStatus.Errored];

    private static readonly Metric LastSeen = Metric.Max(MetricField.Timestamp);

    private const string Latest = """
        , latest AS (
            SELECT f.fingerprint, arg_max(f.last_message, (f.last_at, f.last_upload, f.last_ordinal)) AS message
            FROM failures AS f JOIN groups AS g ON f.fingerprint IS NOT DISTINCT FROM g.fingerprint AND f.last_at = g.latest
            GROUP BY 1
        )
        """;

    public static bool Serves(AggregationQuery query) =>
        query is { Histogram: null, GroupBy: { Fields: [ResultField.FailureFingerprint] } groupBy }
        && query.Filter.Statuses is { } statuses && Failures.SetEquals(statuses)
        && query.Filter == new ResultFilter { Statuses = statuses }
        && query.Metrics.All(metric => Expression(metric) is not null)
        && groupBy.Order.Metric != Metric.LatestFailureMessage;

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        var cover = await DuckDbDayCover.ReadAsync(connection, query.Scope, query.Window.From, query.Window.To, cancellationToken);
        var sql = cover.Rows(new DuckDbSql().Append("WITH failures AS NOT MATERIALIZED ("), DuckDbFailureDays.Columns, DuckDbSchema.FailureDays, query.Scope, DuckDbFailureDays.Select)
            .Append("), groups AS (SELECT fingerprint");
        for (var i = 0; i < query.Metrics.Count; i++)
        {
            sql.Append(", ").Append(Expression(query.Metrics[i])!).Append(FormattableString.Invariant($" AS m{i}"));
        }
        var order = Order(query);
        sql.Append(", max(last_at) AS latest FROM failures GROUP BY 1 ORDER BY ").Append(order).Append(" LIMIT ").Value(query.GroupBy!.Size).Append(")");
        var withMessage = query.Metrics.Contains(Metric.LatestFailureMessage);
        if (withMessage)
        {
            sql.Append(Latest);
        }
        sql.Append(" SELECT g.fingerprint");
        for (var i = 0; i < query.Metrics.Count; i++)
        {
            sql.Append(query.Metrics[i] == Metric.LatestFailureMessage ? ", l.message" : FormattableString.Invariant($", g.m{i}"));
        }
        sql.Append(" FROM groups AS g");
        if (withMessage)
        {
            sql.Append(" LEFT JOIN latest AS l ON l.fingerprint IS NOT DISTINCT FROM g.fingerprint");
        }
        sql.Append(" ORDER BY ").Append(order);

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

    /// <summary>The ranking by the query's metric, then by fingerprint, on the select's column positions (the same in both selects).</summary>
    private static string Order(AggregationQuery query)
    {
        var groupBy = query.GroupBy!;
        if (groupBy.Order.Metric is not { } metric)
        {
            return "1 ASC NULLS FIRST";
        }
        var column = (query.Metrics.ToList().IndexOf(metric) + 2).ToString(CultureInfo.InvariantCulture);
        return $"{column} {DuckDbAggregation.Direction(groupBy.Order.Direction)} NULLS LAST, 1 ASC NULLS FIRST";
    }

    private static string? Expression(Metric metric)
    {
        if (metric == LastSeen)
        {
            return "max(last_at)";
        }
        if (metric == Metric.LatestFailureMessage)
        {
            return "NULL";
        }
        return metric.Kind switch
        {
            MetricKind.Count => "CAST(sum(failures) AS BIGINT)",
            MetricKind.DistinctTests => "count(DISTINCT test)",
            _ => null,
        };
    }
}
