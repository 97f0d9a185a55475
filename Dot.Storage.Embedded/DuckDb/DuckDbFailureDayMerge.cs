namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Merges an upload's own failure-day rows (<c>upload_failure_days</c>, computed by <see cref="DuckDbFailureDays"/>
/// over its rows alone) into the stored ones: failures add up and the latest message is taken by (time, upload,
/// position) over both, as over the raw rows. The stored row keeps only its latest message that is not null, so this
/// equals one scan when the new failures come after the stored ones (<see cref="DuckDbRollupMerge"/> checks).
/// </summary>
internal static class DuckDbFailureDayMerge
{
    public const string Staged = "upload_failure_days";

    private const string Merged = "merged_failure_days";

    private const string Latest = "(last_at, last_upload, last_ordinal)";

    private const string Stored = """
        s.tenant_id = $tenant AND s.dataset_id = $dataset AND s.day >= $first AND s.day < $end AND s.day = n.day
        AND s.fingerprint IS NOT DISTINCT FROM n.fingerprint AND s.suite IS NOT DISTINCT FROM n.suite
        AND s.class_name IS NOT DISTINCT FROM n.class_name AND s.name = n.name
        """;

    public static readonly string[] Statements =
    [
        $"""
        CREATE OR REPLACE TEMP TABLE {Merged} AS
        SELECT tenant_id, dataset_id, day, fingerprint, suite, class_name, name, sum(failures) AS failures, max(last_at) AS last_at,
               arg_max(last_message, {Latest}) AS last_message, arg_max(last_upload, {Latest}) AS last_upload,
               arg_max(last_ordinal, {Latest}) AS last_ordinal, hash(suite, class_name, name) AS test
        FROM (
            SELECT s.* FROM {DuckDbSchema.FailureDays} AS s WHERE EXISTS (SELECT 1 FROM {Staged} AS n WHERE {Stored})
            UNION ALL SELECT * FROM {Staged}
        )
        GROUP BY tenant_id, dataset_id, day, fingerprint, suite, class_name, name
        """,
        $"DELETE FROM {DuckDbSchema.FailureDays} AS s USING {Staged} AS n WHERE {Stored}",
        $"INSERT INTO {DuckDbSchema.FailureDays} SELECT * FROM {Merged}",
        $"DROP TABLE {Merged}",
    ];
}
