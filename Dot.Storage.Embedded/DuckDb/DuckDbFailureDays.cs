using Dot.Domain.Analytics.Rollups;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="FailureDayRollup"/> rows computed from <c>test_results</c>, in the column order of
/// <c>rollup_failure_days</c>: the failed and errored final executions of a day per dataset, fingerprint and test,
/// with the latest one's time, message and result id, so that merged days name the same latest message as one scan, and
/// the test's hash (the <c>test</c> of <c>rollup_test_days</c>), which distinct tests are counted by.
/// </summary>
internal static class DuckDbFailureDays
{
    public const string Columns = """
        fingerprint, suite, class_name, name, failures, last_at, last_message, last_upload, last_ordinal, test
        """;

    private const string Latest = "(ts, upload_id, ordinal)";

    private static readonly string Head = $"""
        SELECT tenant_id, dataset_id, CAST(ts AS DATE) AS day, failure_fingerprint AS fingerprint, suite, class_name, name,
               count(*) AS failures, max(ts) AS last_at, arg_max(failure_message, {Latest}) AS last_message,
               arg_max(upload_id, {Latest}) AS last_upload, arg_max(ordinal, {Latest}) AS last_ordinal,
               hash(suite, class_name, name) AS test
        FROM {DuckDbSchema.TestResults}
        """;

    private const string Tail = """
         AND status IN (1, 2)
        GROUP BY tenant_id, dataset_id, day, fingerprint, suite, class_name, name
        """;

    /// <summary>Appends the select of the failure-day rows of the final executions that <paramref name="where"/> keeps (it appends a WHERE clause).</summary>
    public static DuckDbSql Select(DuckDbSql sql, Func<DuckDbSql, DuckDbSql> where) => where(sql.Append(Head)).Append(Tail);
}
