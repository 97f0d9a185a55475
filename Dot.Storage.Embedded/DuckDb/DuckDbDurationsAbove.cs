using System.Globalization;
using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Every test's durations at or above a threshold in an <see cref="AggregationQuery"/>'s rows (its scope, window and
/// filter, as one scan reads them), ascending, with its count of executions taken from <see cref="TestDurations"/>
/// and the query's percentiles computed by <c>quantile_cont</c> over those durations below as many copies of the
/// threshold as there are executions under it: the same count and, wherever both order statistics a percentile
/// interpolates are at or above the threshold, the same values, so the same answer as over all the durations.
/// Ordered as <see cref="DuckDbAggregation"/> orders the query's buckets. Only the duration filter reads every row;
/// the string columns are read and grouped for the few rows it keeps.
/// </summary>
internal static class DuckDbDurationsAbove
{
    private const string Above = """
        ), above AS (
            SELECT suite, class_name, name, hash(suite, class_name, name) AS test, list(duration_ms ORDER BY duration_ms) AS durations
        """;

    private const string Padded = """
        ) SELECT a.suite, a.class_name, a.name, a.test, c.measured, a.durations,
                 list_aggr(list_concat(list_resize([]::DOUBLE[], greatest(c.measured - len(a.durations), 0),
        """;

    public static async Task<IReadOnlyList<TestAbove>> ReadAsync(
        DuckDBConnection connection, AggregationQuery query, double threshold, IReadOnlyList<TestDurations> tests, CancellationToken cancellationToken)
    {
        var percentiles = query.Metrics.Where(m => m.Kind == MetricKind.Percentile).ToList();
        // Two list parameters, unnested side by side: one VALUES row per test costs more to plan than the read itself.
        var sql = new DuckDbSql().Append("WITH counts AS (SELECT unnest(CAST(").Value(tests.Select(test => test.Test).ToList())
            .Append(" AS UBIGINT[])) AS test, unnest(CAST(").Value(tests.Select(test => test.Measured).ToList()).Append(" AS BIGINT[])) AS measured");
        sql.Append(Above).Append($" FROM {DuckDbSchema.TestResults}").Where(query.Scope, query.Window, query.Filter)
            .Append(" AND duration_ms >= ").Value(threshold).Append(" GROUP BY suite, class_name, name")
            .Append(Padded).Append(" ")
            .Value(threshold).Append("), a.durations), 'quantile_cont', ").Values(percentiles.Select(p => p.Percentile), "[", "]")
            .Append(") AS quantiles FROM above AS a LEFT JOIN counts AS c ON c.test = a.test ORDER BY quantiles[")
            .Append((percentiles.IndexOf(query.GroupBy!.Order.Metric!) + 1).ToString(CultureInfo.InvariantCulture))
            .Append("] DESC NULLS LAST, 1 ASC NULLS FIRST, 2 ASC NULLS FIRST, 3 ASC NULLS FIRST");

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TestAbove>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quantiles = reader.GetFieldValue<List<double>>(6);
            rows.Add(new TestAbove(
                [DuckDbValues.StringOrNull(reader, 0), DuckDbValues.StringOrNull(reader, 1), DuckDbValues.StringOrNull(reader, 2)],
                reader.GetFieldValue<ulong>(3), reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetFieldValue<List<double>>(5),
                percentiles.Select((metric, i) => (metric, quantiles[i])).ToDictionary(pair => pair.metric, pair => pair.Item2)));
        }
        return rows;
    }
}

/// <summary>
/// A test's key, its <c>test</c> hash, its count of measured executions (null if the counts had none for it), its
/// durations at or above the threshold (ascending) and each percentile computed as <see cref="DuckDbDurationsAbove"/> says.
/// </summary>
internal sealed record TestAbove(IReadOnlyList<string?> Key, ulong Test, long? Measured, IReadOnlyList<double> Durations, IReadOnlyDictionary<Metric, double> Percentiles)
{
    public DuckDbPercentileRank Rank(Metric percentile) => new(Measured ?? 0, percentile.Percentile!.Value);

    public bool Knows(Metric percentile) => Measured is { } count && count >= Durations.Count && Rank(percentile).IsKnownFrom(Durations.Count);
}
