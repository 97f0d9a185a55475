using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Brings the rollups of a day that only got executions later than its rollups' latest (<c>appended_after</c>,
/// decision 0020) up to date by merging the rows of those executions into the day's rows, instead of computing the
/// day again: its cost follows the executions added, not the day. Exact, the rows the day computed at once would have:
/// counts and durations add (the lists sorted again), a failure row keeps the later latest failure, and a test's runs
/// are its stored runs followed by the added ones (every added run started after every stored one), so its day's
/// sequence is the two joined: the stored last run and the added first run are judged again against their new
/// neighbours, as the day's window would judge them, and the first and last runs' neighbours filled in.
/// </summary>
internal static class DuckDbRollupMerge
{
    private const string OfTheDay = "tenant_id = $tenant AND dataset_id = $dataset AND day = $day";

    private static readonly string[] RunSides =
        ["first_failed", "first_flagged", "first_next_passed", "first_ended", "last_failed", "last_flagged", "last_previous_passed", "last_ended"];

    private static readonly string MergedTestDays = $"""
        CREATE OR REPLACE TEMP TABLE merged_test_days AS
        WITH parts AS (
            SELECT 0 AS part, * FROM {DuckDbSchema.TestDays} WHERE {OfTheDay}
            UNION ALL SELECT 1 AS part, * FROM ({DuckDbTestDays.Select(new DuckDbSql(), AddedExecutions)})
        ), sides AS (
            SELECT tenant_id, dataset_id, day, history, any_value(test) AS test, any_value(suite) AS suite,
                   any_value(class_name) AS class_name, any_value(name) AS name,
                   sum(passed) AS passed, sum(failed) AS failed, sum(errored) AS errored, sum(skipped) AS skipped,
                   coalesce(sum(runs) FILTER (WHERE part = 0), 0) AS stored_runs, coalesce(sum(runs) FILTER (WHERE part = 1), 0) AS added_runs,
                   sum(flaky_runs) AS flaky_runs, max(last_flaky_at) AS last_flaky_at,
                   {string.Join(", ", RunSides.Select(side => $"any_value({side}) FILTER (WHERE part = 0) AS stored_{side}, any_value({side}) FILTER (WHERE part = 1) AS added_{side}"))},
                   sum(measured) AS measured, sum(duration_sum) AS duration_sum, min(duration_min) AS duration_min,
                   max(duration_max) AS duration_max, list_sort(flatten(list(durations) FILTER (WHERE durations IS NOT NULL))) AS durations
            FROM parts
            GROUP BY tenant_id, dataset_id, day, history
        ), joined AS (
            SELECT *,
                   coalesce(stored_runs > 1 AND added_runs > 0 AND stored_last_failed AND NOT stored_last_flagged
                            AND stored_last_previous_passed AND NOT added_first_failed, false) AS stored_last_turns_flaky,
                   coalesce(stored_runs > 0 AND added_runs > 1 AND added_first_failed AND NOT added_first_flagged
                            AND NOT stored_last_failed AND added_first_next_passed, false) AS added_first_turns_flaky
            FROM sides
        )
        SELECT tenant_id, dataset_id, day, history, test, suite, class_name, name, passed, failed, errored, skipped,
               stored_runs + added_runs AS runs,
               flaky_runs + CAST(stored_last_turns_flaky AS BIGINT) + CAST(added_first_turns_flaky AS BIGINT) AS flaky_runs,
               greatest(last_flaky_at, CASE WHEN stored_last_turns_flaky THEN stored_last_ended END,
                        CASE WHEN added_first_turns_flaky THEN added_first_ended END) AS last_flaky_at,
               CASE WHEN stored_runs > 0 THEN stored_first_failed ELSE added_first_failed END AS first_failed,
               CASE WHEN stored_runs > 0 THEN stored_first_flagged ELSE added_first_flagged END AS first_flagged,
               CASE WHEN stored_runs = 1 AND added_runs > 0 THEN NOT added_first_failed
                    WHEN stored_runs > 0 THEN stored_first_next_passed ELSE added_first_next_passed END AS first_next_passed,
               CASE WHEN stored_runs > 0 THEN stored_first_ended ELSE added_first_ended END AS first_ended,
               CASE WHEN added_runs > 0 THEN added_last_failed ELSE stored_last_failed END AS last_failed,
               CASE WHEN added_runs > 0 THEN added_last_flagged ELSE stored_last_flagged END AS last_flagged,
               CASE WHEN added_runs = 1 AND stored_runs > 0 THEN NOT stored_last_failed
                    WHEN added_runs > 0 THEN added_last_previous_passed ELSE stored_last_previous_passed END AS last_previous_passed,
               CASE WHEN added_runs > 0 THEN added_last_ended ELSE stored_last_ended END AS last_ended,
               measured, duration_sum, duration_min, duration_max, durations
        FROM joined
        """;

    private static readonly string MergedFailureDays = $"""
        CREATE OR REPLACE TEMP TABLE merged_failure_days AS
        SELECT tenant_id, dataset_id, day, fingerprint, suite, class_name, name, sum(failures) AS failures, max(last_at) AS last_at,
               arg_max(last_message, (last_at, last_upload, last_ordinal)) AS last_message,
               arg_max(last_upload, (last_at, last_upload, last_ordinal)) AS last_upload,
               arg_max(last_ordinal, (last_at, last_upload, last_ordinal)) AS last_ordinal, any_value(test) AS test
        FROM (SELECT * FROM {DuckDbSchema.FailureDays} WHERE {OfTheDay}
              UNION ALL {DuckDbFailureDays.Select(new DuckDbSql(), AddedExecutions)})
        GROUP BY tenant_id, dataset_id, day, fingerprint, suite, class_name, name
        """;

    private static readonly string[] Replace =
    [
        $"DELETE FROM {DuckDbSchema.TestDays} WHERE {OfTheDay}",
        $"INSERT INTO {DuckDbSchema.TestDays} SELECT * FROM merged_test_days",
        $"DELETE FROM {DuckDbSchema.FailureDays} WHERE {OfTheDay}",
        $"INSERT INTO {DuckDbSchema.FailureDays} SELECT * FROM merged_failure_days",
    ];

    private const string CoveredTo = $"SELECT covered_to FROM {DuckDbSchema.DatasetDays} WHERE {OfTheDay}";

    /// <summary>
    /// Merges the executions of <paramref name="day"/> later than its rollups' <c>covered_to</c> into its test-day and
    /// failure-day rows, inside the caller's transaction (its dataset-day row is the caller's to compute again from
    /// them); false when the day has no <c>covered_to</c> to merge after (it is then to be computed whole).
    /// </summary>
    public static bool TryMerge(DuckDBConnection connection, string tenantId, string datasetId, DateTime day)
    {
        DuckDBCommand OfThe(string sql) => connection.Command(sql).With("tenant", tenantId).With("dataset", datasetId).With("day", day);

        using (var covered = OfThe(CoveredTo))
        {
            if (covered.ExecuteScalar() is not DateTime coveredTo)
            {
                return false;
            }
            foreach (var merge in (string[])[MergedTestDays, MergedFailureDays])
            {
                using var command = OfThe(merge).With("after", coveredTo).With("end", day.AddDays(1));
                command.ExecuteNonQuery();
            }
        }
        foreach (var sql in Replace)
        {
            using var command = OfThe(sql);
            command.ExecuteNonQuery();
        }
        connection.Execute("DROP TABLE merged_test_days; DROP TABLE merged_failure_days");
        return true;
    }

    private static DuckDbSql AddedExecutions(DuckDbSql sql) =>
        sql.Append(" WHERE tenant_id = $tenant AND dataset_id = $dataset AND NOT superseded AND ts > $after AND ts < $end");
}
