using System.Globalization;
using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The slowest-tests buckets of some tests (by their <c>test</c> hash) in an <see cref="AggregationQuery"/>'s scope and
/// window, without reading their executions: the whole days' durations come from the lists <c>rollup_test_days</c>
/// keeps, the edges' from <c>test_results</c> (<see cref="DuckDbMeasuredDays"/>). Per test (suite, class, name), its
/// measured count, maximum and the query's percentiles by <c>quantile_cont</c> over all its durations, so the values one
/// scan gives; ordered as <see cref="DuckDbAggregation"/> orders the query's buckets, at most <c>limit</c> of them.
/// </summary>
internal static class DuckDbDurationLists
{
    private const string Columns = "test, suite, class_name, name, measured, duration_max, durations";

    private const string EdgeColumns =
        "hash(suite, class_name, name) AS test, suite, class_name, name, 1 AS measured, duration_ms AS duration_max, [duration_ms] AS durations";

    private const string Tests = """
         SELECT suite, class_name, name, CAST(sum(measured) AS BIGINT), max(duration_max),
                 list_aggr(flatten(list(durations)), 'quantile_cont',
        """;

    public static async Task<IReadOnlyList<TestPercentiles>> ReadAsync(
        DuckDBConnection connection, AggregationQuery query, DuckDbDayCover cover, IEnumerable<ulong> tests, int limit, CancellationToken cancellationToken)
    {
        var percentiles = query.Metrics.Where(m => m.Kind == MetricKind.Percentile).ToList();
        var sql = DuckDbMeasuredDays.With(cover, query.Scope, Columns, EdgeColumns)
            .Append(Tests).Values(percentiles.Select(p => p.Percentile), "[", "]")
            .Append(") AS quantiles FROM days WHERE measured > 0 AND test IN (SELECT unnest(CAST(").Value(tests.ToList()).Append(" AS UBIGINT[])))")
            .Append(" GROUP BY suite, class_name, name ORDER BY quantiles[")
            .Append((percentiles.IndexOf(query.GroupBy!.Order.Metric!) + 1).ToString(CultureInfo.InvariantCulture))
            .Append("] DESC NULLS LAST, 1 ASC NULLS FIRST, 2 ASC NULLS FIRST, 3 ASC NULLS FIRST LIMIT ").Value(limit);

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TestPercentiles>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quantiles = reader.GetFieldValue<List<double>>(5);
            rows.Add(new TestPercentiles(
                [DuckDbValues.StringOrNull(reader, 0), DuckDbValues.StringOrNull(reader, 1), DuckDbValues.StringOrNull(reader, 2)],
                reader.GetInt64(3), reader.GetDouble(4),
                percentiles.Select((metric, i) => (metric, quantiles[i])).ToDictionary(pair => pair.metric, pair => pair.Item2)));
        }
        return rows;
    }
}

/// <summary>A test's key, its count of measured executions, their longest duration and the query's percentiles of them.</summary>
internal sealed record TestPercentiles(IReadOnlyList<string?> Key, long Measured, double Max, IReadOnlyDictionary<Metric, double> Percentiles);
