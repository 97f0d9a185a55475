using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="FlakyTestsQuery"/> from <c>rollup_test_days</c>: each test's days in the window (whole days from the
/// rollup, the edges' parts of days computed the same way from <c>test_results</c>) in order, each day's flaky runs
/// as the day alone shows them, plus its first run when it failed between the previous day's last run and its next
/// run, both passed, and its last run likewise (<c>lag</c>/<c>lead</c> over days, not runs). The window's first and
/// last day have no day beyond, so their outer runs count only by their flag, as in one scan. When a test's
/// executions of one run fall on two days in the window (<see cref="DuckDbSplitUploads"/>), the days would count
/// that run twice: such a window is answered by one scan (<see cref="DuckDbFlakyTests"/>). Exact either way.
/// </summary>
internal static class DuckDbRollupFlakyTests
{
    private const string DayColumns = """
        history, test, suite, class_name, name, day, runs, flaky_runs, last_flaky_at, first_failed, first_flagged,
        first_next_passed, first_ended, last_failed, last_flagged, last_previous_passed, last_ended
        """;

    private const string Tail = """
        ), linked AS (
            SELECT *, lag(last_failed) OVER days AS failed_before, lead(first_failed) OVER days AS failed_after
            FROM test_days WHERE runs > 0
            WINDOW days AS (PARTITION BY history ORDER BY day)
        ), counted AS (
            SELECT *,
                   coalesce(first_failed AND NOT first_flagged AND NOT failed_before
                            AND CASE WHEN runs = 1 THEN NOT failed_after ELSE first_next_passed END, false) AS first_flaky,
                   coalesce(runs > 1 AND last_failed AND NOT last_flagged AND last_previous_passed AND NOT failed_after, false) AS last_flaky
            FROM linked
        )
        SELECT any_value(suite), any_value(class_name), any_value(name), CAST(sum(runs) AS BIGINT) AS test_runs,
               CAST(sum(flaky_runs) + count(*) FILTER (WHERE first_flaky) + count(*) FILTER (WHERE last_flaky) AS BIGINT) AS test_flaky_runs,
               max(list_max([last_flaky_at, CASE WHEN first_flaky THEN first_ended END, CASE WHEN last_flaky THEN last_ended END])) AS last_flaky_at
        FROM counted
        """;

    public static async Task<IReadOnlyList<FlakyTest>> ReadAsync(DuckDBConnection connection, FlakyTestsQuery query, CancellationToken cancellationToken)
    {
        if (await HasSplitRunsAsync(connection, query, cancellationToken))
        {
            return await DuckDbFlakyTests.ReadAsync(connection, query, cancellationToken);
        }
        var cover = new DuckDbDayCover(query.Window.From, query.Window.To);
        var sql = cover.Rows(new DuckDbSql().Append("WITH test_days AS ("), DayColumns, DuckDbSchema.TestDays, query.Scope, DuckDbTestDays.Select)
            .Append(Tail).Append(DuckDbFlakyTests.Ranking).Append(" ").Value(query.Limit);
        return await DuckDbFlakyTests.ReadAsync(sql, connection, cancellationToken);
    }

    private static async Task<bool> HasSplitRunsAsync(DuckDBConnection connection, FlakyTestsQuery query, CancellationToken cancellationToken)
    {
        var sql = new DuckDbSql().Append($"SELECT EXISTS (SELECT 1 FROM {DuckDbSchema.SplitUploads}").WhereIn(query.Scope)
            .Append(" AND last_day >= ").Value(query.Window.From.UtcDateTime.Date)
            .Append(" AND first_day <= ").Value(query.Window.To.UtcDateTime).Append(")");
        using var command = sql.Command(connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
