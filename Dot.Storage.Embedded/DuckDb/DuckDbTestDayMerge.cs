namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Merges an upload's own test-day rows (<c>upload_test_days</c>, computed by <see cref="DuckDbTestDays"/> over its
/// rows alone) into the stored ones, for an upload whose runs of each test all start after the day's stored runs
/// ended (<see cref="DuckDbRollupMerge"/> checks): the day's runs are then the stored sequence followed by the new
/// one. Counts and sums add up, minimum and maximum and the histogram's buckets merge; the sequence takes its first
/// run from the stored part and its last from the new, and the two runs where they meet gain the neighbour they
/// lacked: the stored last run is flaky when it failed between two passes (the one before it and the new first),
/// the new first run likewise, which is what the window over the whole day would say of them.
/// </summary>
internal static class DuckDbTestDayMerge
{
    public const string Staged = "upload_test_days";

    private const string Merged = "merged_test_days";

    private const string Stored = """
        s.tenant_id = $tenant AND s.dataset_id = $dataset AND s.day >= $first AND s.day < $end AND s.day = n.day AND s.history = n.history
        """;

    public static readonly string[] Statements =
    [
        $"""
        CREATE OR REPLACE TEMP TABLE {Merged} AS
        SELECT n.tenant_id, n.dataset_id, n.day, n.history, n.test, n.suite, n.class_name, n.name,
               coalesce(s.passed, 0) + n.passed AS passed, coalesce(s.failed, 0) + n.failed AS failed,
               coalesce(s.errored, 0) + n.errored AS errored, coalesce(s.skipped, 0) + n.skipped AS skipped,
               coalesce(s.runs, 0) + n.runs AS runs,
               coalesce(s.flaky_runs, 0) + n.flaky_runs + CAST(joined.stored_last_flaky AS BIGINT) + CAST(joined.new_first_flaky AS BIGINT) AS flaky_runs,
               list_max([s.last_flaky_at, n.last_flaky_at, CASE WHEN joined.stored_last_flaky THEN s.last_ended END,
                         CASE WHEN joined.new_first_flaky THEN n.first_ended END]) AS last_flaky_at,
               CASE WHEN s.runs > 0 THEN s.first_failed ELSE n.first_failed END AS first_failed,
               CASE WHEN s.runs > 0 THEN s.first_flagged ELSE n.first_flagged END AS first_flagged,
               CASE WHEN coalesce(s.runs, 0) = 0 THEN n.first_next_passed
                    WHEN s.runs = 1 AND n.runs > 0 THEN NOT n.first_failed ELSE s.first_next_passed END AS first_next_passed,
               CASE WHEN s.runs > 0 THEN s.first_ended ELSE n.first_ended END AS first_ended,
               CASE WHEN n.runs > 0 THEN n.last_failed ELSE s.last_failed END AS last_failed,
               CASE WHEN n.runs > 0 THEN n.last_flagged ELSE s.last_flagged END AS last_flagged,
               CASE WHEN n.runs = 0 THEN s.last_previous_passed
                    WHEN n.runs = 1 AND s.runs > 0 THEN NOT s.last_failed ELSE n.last_previous_passed END AS last_previous_passed,
               CASE WHEN n.runs > 0 THEN n.last_ended ELSE s.last_ended END AS last_ended,
               coalesce(s.measured, 0) + n.measured AS measured, coalesce(s.duration_sum, 0) + n.duration_sum AS duration_sum,
               list_min([s.duration_min, n.duration_min]) AS duration_min, list_max([s.duration_max, n.duration_max]) AS duration_max,
               CASE WHEN s.duration_histogram IS NULL THEN n.duration_histogram
                    WHEN n.duration_histogram IS NULL THEN s.duration_histogram
                    ELSE map_from_entries(list_transform(
                        list_sort(list_distinct(list_concat(map_keys(s.duration_histogram), map_keys(n.duration_histogram)))),
                        lambda bucket: struct_pack(key := bucket, value := coalesce(map_extract_value(s.duration_histogram, bucket), 0)
                                                                + coalesce(map_extract_value(n.duration_histogram, bucket), 0))))
               END AS duration_histogram
        FROM {Staged} AS n
        LEFT JOIN {DuckDbSchema.TestDays} AS s ON {Stored}
        CROSS JOIN LATERAL (SELECT
            coalesce(s.runs > 1 AND n.runs > 0 AND s.last_failed AND NOT s.last_flagged AND s.last_previous_passed AND NOT n.first_failed, false) AS stored_last_flaky,
            coalesce(n.runs > 1 AND s.runs > 0 AND n.first_failed AND NOT n.first_flagged AND NOT s.last_failed AND n.first_next_passed, false) AS new_first_flaky
        ) AS joined
        """,
        $"DELETE FROM {DuckDbSchema.TestDays} AS s USING {Staged} AS n WHERE {Stored}",
        $"INSERT INTO {DuckDbSchema.TestDays} SELECT {DuckDbTestDays.Columns} FROM {Merged}",
        $"DROP TABLE {Merged}",
    ];
}
