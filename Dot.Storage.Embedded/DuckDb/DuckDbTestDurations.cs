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

    public static async Task<IReadOnlyList<TestDurations>> ReadAsync(DuckDBConnection connection, AnalyticsScope scope, TimeWindow window, CancellationToken cancellationToken)
    {
        var sql = DuckDbMeasuredDays.With(scope, window, Columns, EdgeColumns).Append(Tail);
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
internal sealed record TestDurations(ulong Test, long Measured, double Mean, double Max);
