using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A scope's final executions counted by status per UTC day of a <see cref="DuckDbDayCover"/>: whole days from
/// <c>rollup_dataset_days</c>, edge days from <c>test_results</c>, in one statement.
/// </summary>
internal static class DuckDbRollupDays
{
    private static DuckDbSql EdgeCounts(DuckDbSql sql, Func<DuckDbSql, DuckDbSql> where) =>
        where(sql.Append("SELECT CAST(ts AS DATE) AS day, count(*) FILTER (WHERE status = 0) AS passed, count(*) FILTER (WHERE status = 1) AS failed,")
            .Append($" count(*) FILTER (WHERE status = 2) AS errored, count(*) FILTER (WHERE status = 3) AS skipped FROM {DuckDbSchema.TestResults}"))
        .Append(" GROUP BY 1");

    public static async Task<IReadOnlyList<(DateTime Day, TestSummary Counts)>> CountsAsync(
        DuckDBConnection connection, AnalyticsScope scope, DuckDbDayCover cover, CancellationToken cancellationToken)
    {
        var sql = cover.Rows(
                new DuckDbSql().Append("SELECT day, CAST(sum(passed) AS BIGINT), CAST(sum(failed) AS BIGINT), CAST(sum(errored) AS BIGINT), CAST(sum(skipped) AS BIGINT) FROM ("),
                "day, passed, failed, errored, skipped", DuckDbSchema.DatasetDays, scope, EdgeCounts)
            .Append(") GROUP BY day");

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var days = new List<(DateTime, TestSummary)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            long passed = reader.GetInt64(1), failed = reader.GetInt64(2), errored = reader.GetInt64(3), skipped = reader.GetInt64(4);
            days.Add((reader.GetFieldValue<DateOnly>(0).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                new TestSummary(passed + failed + errored + skipped, passed, failed, errored, skipped)));
        }
        return days;
    }
}
