using System.Globalization;
using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="FlakyTestsQuery"/> from <c>rollup_test_days</c>: each test's days in the window (whole days from the
/// rollup, the edges' parts of days computed the same way from <c>test_results</c>, only the run-sequence columns
/// this reads: <see cref="DuckDbTestDays.SelectRuns"/>), each day's flaky runs as the day
/// alone shows them, plus its first run when it failed between the previous day's last run and its next run, both
/// passed, and its last run likewise. The window's first and last day have no day beyond, so their outer runs count
/// only by their flag, as in one scan. When a test's executions of one run fall on two days in the window
/// (<see cref="DuckDbSplitUploads"/>), the days would count that run twice: such a window is answered by one scan
/// (<see cref="DuckDbFlakyTests"/>). Exact either way.
/// <para>
/// Only a day whose first or last run failed can add a run at a day's edge, and only such a day can stop its
/// neighbour's edge run from being flaky, so only those days (a few percent) are looked at in order: the days a test
/// ran before and after each come from the list of its days, and their outer runs failed only if they are such days
/// themselves. Everything else is a sum per test. A window function over every test's days, which this replaces,
/// sorted them all (decision 0015).
/// </para>
/// <para>
/// A day whose rollup row holds its runs up to a time, with later executions added since (a tail day of the
/// <see cref="DuckDbDayCover"/>, decision 0020), is two parts in that order: every run of the row started before every
/// run added. So the sequence is of parts, numbered twice the day and one more for the added part, and the part
/// before a part is the one just before it in the test's list (the same day's or the previous day's, when the list has
/// them).
/// </para>
/// </summary>
internal static class DuckDbRollupFlakyTests
{
    private static string DayColumns(string part) => $"""
        history, test, suite, class_name, name, {part} AS part, runs, flaky_runs, last_flaky_at, first_failed, first_flagged,
        first_next_passed, first_ended, last_failed, last_flagged, last_previous_passed, last_ended
        """;

    // A day's rollup row is its even part, the executions added after it (a tail day's edge) the odd part after it.
    private const string WholePart = "2 * (day - DATE '1970-01-01')";

    // test_days is read twice, each read taking other columns of the rollup rows, which materializing would copy; the
    // edges' rows are few but cost the results they are computed from, so they are computed once.
    private const string Tail = """
        ), histories AS MATERIALIZED (
            SELECT history, any_value(test) AS test, any_value(suite) AS suite, any_value(class_name) AS class_name,
                   any_value(name) AS name, sum(runs) AS runs, sum(flaky_runs) AS flaky_runs, max(last_flaky_at) AS last_flaky_at,
                   list(part) AS parts
            FROM test_days WHERE runs > 0
            GROUP BY history
        ), failing AS MATERIALIZED (
            SELECT history, part, runs, first_failed, first_flagged, first_next_passed, first_ended,
                   last_failed, last_flagged, last_previous_passed, last_ended
            FROM test_days WHERE runs > 0 AND (first_failed OR last_failed)
        ), neighbours AS (
            SELECT f.*,
                   CASE WHEN list_contains(h.parts, f.part - 1) THEN f.part - 1 WHEN list_contains(h.parts, f.part - 2) THEN f.part - 2
                        ELSE list_max([p FOR p IN h.parts IF p < f.part]) END AS previous_part,
                   CASE WHEN list_contains(h.parts, f.part + 1) THEN f.part + 1 WHEN list_contains(h.parts, f.part + 2) THEN f.part + 2
                        ELSE list_min([p FOR p IN h.parts IF p > f.part]) END AS next_part
            FROM failing AS f JOIN histories AS h USING (history)
        ), linked AS (
            SELECT n.*,
                   CASE WHEN n.previous_part IS NOT NULL THEN coalesce(part_before.last_failed, false) END AS failed_before,
                   CASE WHEN n.next_part IS NOT NULL THEN coalesce(part_after.first_failed, false) END AS failed_after
            FROM neighbours AS n
            LEFT JOIN failing AS part_before ON part_before.history = n.history AND part_before.part = n.previous_part
            LEFT JOIN failing AS part_after ON part_after.history = n.history AND part_after.part = n.next_part
        ), counted AS (
            SELECT history, first_ended, last_ended,
                   coalesce(first_failed AND NOT first_flagged AND NOT failed_before
                            AND CASE WHEN runs = 1 THEN NOT failed_after ELSE first_next_passed END, false) AS first_flaky,
                   coalesce(runs > 1 AND last_failed AND NOT last_flagged AND last_previous_passed AND NOT failed_after, false) AS last_flaky
            FROM linked
        ), edge_runs AS (
            SELECT history, count(*) FILTER (WHERE first_flaky) + count(*) FILTER (WHERE last_flaky) AS flaky_runs,
                   max(list_max([CASE WHEN first_flaky THEN first_ended END, CASE WHEN last_flaky THEN last_ended END])) AS last_flaky_at
            FROM counted
            GROUP BY history
        )
        SELECT any_value(h.suite), any_value(h.class_name), any_value(h.name), CAST(sum(h.runs) AS BIGINT) AS test_runs,
               CAST(sum(h.flaky_runs) + coalesce(sum(e.flaky_runs), 0) AS BIGINT) AS test_flaky_runs,
               max(greatest(h.last_flaky_at, e.last_flaky_at)) AS last_flaky_at
        FROM histories AS h LEFT JOIN edge_runs AS e USING (history)
        """;

    public static async Task<IReadOnlyList<FlakyTest>> ReadAsync(DuckDBConnection connection, FlakyTestsQuery query, CancellationToken cancellationToken)
    {
        if (await HasSplitRunsAsync(connection, query, cancellationToken))
        {
            return await DuckDbFlakyTests.ReadAsync(connection, query, cancellationToken);
        }
        var cover = await DuckDbDayCover.ReadAsync(connection, query.Scope, query.Window.From, query.Window.To, cancellationToken);
        var edgePart = cover.TailDays.Count == 0
            ? WholePart
            : $"{WholePart} + CASE WHEN day IN ({string.Join(", ", cover.TailDays.Select(day => $"DATE '{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'"))}) THEN 1 ELSE 0 END";
        var sql = cover.EdgeDays(new DuckDbSql().Append("WITH edge_days AS MATERIALIZED ("), DayColumns(edgePart),
                DuckDbSchema.TestDays, query.Scope, DuckDbTestDays.SelectRuns)
            .Append("), test_days AS NOT MATERIALIZED (");
        cover.WholeDays(sql, DayColumns(WholePart), DuckDbSchema.TestDays, query.Scope).Append(" UNION ALL SELECT * FROM edge_days")
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
