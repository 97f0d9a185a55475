using Dot.Domain.Analytics.Rollups;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="TestDayRollup"/> rows computed from <c>test_results</c>, in the column order of the
/// <c>rollup_test_days</c> table: what a write stores for the days it touched, and what a query computes for the
/// partial days at its window's edges. A day's runs of a test are grouped, hashed and ordered exactly as
/// <see cref="DuckDbFlakyTests"/> does over a window, but per day; the statistics count every final execution, and keep the measured ones' durations, ascending.
/// </summary>
internal static class DuckDbTestDays
{
    public const string Columns = """
        tenant_id, dataset_id, day, history, test, suite, class_name, name, passed, failed, errored, skipped,
        runs, flaky_runs, last_flaky_at, first_failed, first_flagged, first_next_passed, first_ended,
        last_failed, last_flagged, last_previous_passed, last_ended, measured, duration_sum, duration_min, duration_max,
        durations
        """;

    /// <summary>The aggregate of a day's measured durations that the <c>durations</c> column keeps: a list, ascending.</summary>
    public const string Durations = "list(duration_ms ORDER BY duration_ms)";

    private static readonly string Executions = $"""
        WITH executions AS (
            SELECT tenant_id, dataset_id, CAST(ts AS DATE) AS day, hash(dataset_id, suite, class_name, name) AS history,
                   hash(suite, class_name, name) AS test, hash({DuckDbResultConditions.RunId}) AS run,
                   suite, class_name, name, status, duration_ms, ts, flaky
            FROM {DuckDbSchema.TestResults}
        """;

    // Written rows are keyed by their tenant and dataset; a query's rows are of one tenant, and history hashes the dataset.
    private const string StoredKey = "tenant_id, dataset_id, day, history";
    private const string QueryKey = "day, history";

    private static readonly string Rest = Sequences(StoredKey) + $"""
        ), statistics AS (
            SELECT tenant_id, dataset_id, day, history, any_value(test) AS test, any_value(suite) AS suite,
                   any_value(class_name) AS class_name, any_value(name) AS name,
                   count(*) FILTER (WHERE status = 0) AS passed, count(*) FILTER (WHERE status = 1) AS failed,
                   count(*) FILTER (WHERE status = 2) AS errored, count(*) FILTER (WHERE status = 3) AS skipped,
                   count(*) FILTER (WHERE status <> 3) AS measured,
                   coalesce(sum(duration_ms) FILTER (WHERE status <> 3), 0) AS duration_sum,
                   min(duration_ms) FILTER (WHERE status <> 3) AS duration_min, max(duration_ms) FILTER (WHERE status <> 3) AS duration_max,
                   {Durations} FILTER (WHERE status <> 3) AS durations
            FROM executions
            GROUP BY tenant_id, dataset_id, day, history
        )
        SELECT s.tenant_id, s.dataset_id, s.day, s.history, s.test, s.suite, s.class_name, s.name,
               s.passed, s.failed, s.errored, s.skipped, coalesce(q.runs, 0) AS runs, coalesce(q.flaky_runs, 0) AS flaky_runs, q.last_flaky_at,
               q.first_failed, q.first_flagged, q.first_next_passed, q.first_ended,
               q.last_failed, q.last_flagged, q.last_previous_passed, q.last_ended,
               s.measured, s.duration_sum, s.duration_min, s.duration_max, s.durations
        FROM statistics AS s
        LEFT JOIN sequences AS q ON q.tenant_id = s.tenant_id AND q.dataset_id = s.dataset_id AND q.day = s.day AND q.history = s.history
        """;

    // The names are taken apart from the runs: carried through the grouping by run and the window, they cost more
    // than a second grouping of the executions (measured: 420 against 266 CPU-ms for 227,000 test-runs).
    private static readonly string Runs = Sequences(QueryKey) + $"""
        ), names AS (
            SELECT {QueryKey}, any_value(test) AS test, any_value(suite) AS suite, any_value(class_name) AS class_name, any_value(name) AS name
            FROM executions
            GROUP BY {QueryKey}
        )
        SELECT day, history, test, suite, class_name, name, runs, flaky_runs, last_flaky_at, first_failed, first_flagged,
               first_next_passed, first_ended, last_failed, last_flagged, last_previous_passed, last_ended
        FROM sequences JOIN names USING (day, history)
        """;

    /// <summary>Appends the select of the test-day rows of the final executions that <paramref name="where"/> keeps (it appends a WHERE clause).</summary>
    public static DuckDbSql Select(DuckDbSql sql, Func<DuckDbSql, DuckDbSql> where) => where(sql.Append(Executions)).Append(Rest);

    /// <summary>
    /// Appends the select of only the run-sequence columns of the test-day rows (<c>day</c>, <c>history</c>, the names,
    /// <c>runs</c> to <c>last_ended</c>) of one tenant's final executions that <paramref name="where"/> keeps, and only
    /// of the tests that ran: what the flaky query reads, without the statistics it does not.
    /// </summary>
    public static DuckDbSql SelectRuns(DuckDbSql sql, Func<DuckDbSql, DuckDbSql> where) => where(sql.Append(Executions)).Append(Runs);

    private static string Sequences(string key) => $"""
        ), runs AS (
            SELECT {key}, run, min(ts) AS started, max(ts) AS ended,
                   bool_or(status IN (1, 2)) AS failed, bool_or(flaky) AS flagged
            FROM executions WHERE status <> 3
            GROUP BY {key}, run
        ), ordered AS (
            SELECT *, row_number() OVER day_runs AS position, count(*) OVER (PARTITION BY {key}) AS day_count,
                   lag(failed) OVER day_runs AS failed_before, lead(failed) OVER day_runs AS failed_after,
                   flagged OR coalesce(failed AND NOT lag(failed) OVER day_runs AND NOT lead(failed) OVER day_runs, false) AS flaky_run
            FROM runs
            WINDOW day_runs AS (PARTITION BY {key} ORDER BY started, run)
        ), sequences AS (
            SELECT {key}, count(*) AS runs, count(*) FILTER (WHERE flaky_run) AS flaky_runs,
                   max(ended) FILTER (WHERE flaky_run) AS last_flaky_at,
                   any_value(failed) FILTER (WHERE position = 1) AS first_failed,
                   any_value(flagged) FILTER (WHERE position = 1) AS first_flagged,
                   any_value(NOT failed_after) FILTER (WHERE position = 1) AS first_next_passed,
                   any_value(ended) FILTER (WHERE position = 1) AS first_ended,
                   any_value(failed) FILTER (WHERE position = day_count) AS last_failed,
                   any_value(flagged) FILTER (WHERE position = day_count) AS last_flagged,
                   any_value(NOT failed_before) FILTER (WHERE position = day_count) AS last_previous_passed,
                   any_value(ended) FILTER (WHERE position = day_count) AS last_ended
            FROM ordered
            GROUP BY {key}
        """;
}
