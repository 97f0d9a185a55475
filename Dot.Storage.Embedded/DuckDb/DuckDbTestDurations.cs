using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Per test (the <c>test</c> hash of suite, class and name, as <c>rollup_test_days</c> keys it) over a window: how many
/// measured executions (final, not skipped), their mean and maximum. Whole days come from the rollup, the parts
/// of days at the edges from <c>test_results</c> (<see cref="DuckDbMeasuredDays"/>); tests without a measured execution
/// are left out.
/// </summary>
internal static class DuckDbTestDurations
{
    private const string Columns = "test, measured, duration_sum, duration_max";

    private const string EdgeColumns = "hash(suite, class_name, name) AS test, 1 AS measured, duration_ms AS duration_sum, duration_ms AS duration_max";

    private const string Tail = """
         SELECT test, CAST(sum(measured) AS BIGINT), sum(duration_sum) / sum(measured), max(duration_max)
        FROM days GROUP BY test HAVING sum(measured) > 0
        """;

    public static async Task<IReadOnlyList<TestDurations>> ReadAsync(
        DuckDBConnection connection, AnalyticsScope scope, DuckDbDayCover cover, CancellationToken cancellationToken)
    {
        var sql = DuckDbMeasuredDays.With(cover, scope, Columns, EdgeColumns).Append(Tail);
        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var tests = new List<TestDurations>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tests.Add(new TestDurations(reader.GetFieldValue<ulong>(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3)));
        }
        return tests;
    }
}

/// <summary>A test's measured executions in a window: how many, their mean and maximum duration (ms).</summary>
internal sealed record TestDurations(ulong Test, long Measured, double Mean, double Max)
{
    // Far above the rounding of the sums the mean comes from.
    private const double Margin = 1e-9;

    /// <summary>
    /// A value the test's <paramref name="fraction"/> percentile (<c>quantile_cont</c>: at least its order statistic at
    /// k = ⌊(n − 1)·p⌋) is not below: the k + 1 smallest durations are at most that order statistic and the others at
    /// most the maximum, so it is at least (sum − (n − k − 1)·max) / (k + 1). Taken for one place lower (against a rank
    /// rounded the other way), less a margin against rounding.
    /// </summary>
    public double PercentileFloor(double fraction)
    {
        var k = Math.Max(0, (long)Math.Floor((Measured - 1) * fraction) - 1);
        var (sum, others) = (Mean * Measured, Measured - k - 1);
        return (sum - others * Max - Margin * (Math.Abs(sum) + others * Math.Abs(Max))) / (k + 1);
    }
}
