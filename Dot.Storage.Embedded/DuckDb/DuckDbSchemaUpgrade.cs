using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Brings a file written by an earlier version up to <see cref="DuckDbSchema"/>, at open, in one transaction: adds
/// the columns that came later (at the end, where the appender and the rollups' inserts expect them) and drops the one no longer kept, numbers older rows per upload in
/// storage order, fingerprints their failures with the same function ingest uses, keeps the test-day rollups' durations, and records which uploads and runs
/// it holds (<see cref="DuckDbStoredUploads"/>), and computes the rollups (<see cref="DuckDbRollupRefresh"/>). On a
/// current file every step finds nothing to do.
/// </summary>
internal static class DuckDbSchemaUpgrade
{
    private const string Table = DuckDbSchema.TestResults;

    private const string AddColumns = $"""
        ALTER TABLE {Table} ADD COLUMN IF NOT EXISTS ordinal INTEGER;
        ALTER TABLE {Table} ADD COLUMN IF NOT EXISTS failure_fingerprint VARCHAR;
        ALTER TABLE {DuckDbSchema.FailureDays} ADD COLUMN IF NOT EXISTS test UBIGINT;
        UPDATE {DuckDbSchema.FailureDays} SET test = hash(suite, class_name, name) WHERE test IS NULL;
        ALTER TABLE {DuckDbSchema.TestDays} ADD COLUMN IF NOT EXISTS durations DOUBLE[];
        ALTER TABLE {DuckDbSchema.TestDays} DROP COLUMN IF EXISTS duration_histogram;
        ALTER TABLE {DuckDbSchema.DatasetDays} ADD COLUMN IF NOT EXISTS covered_to TIMESTAMP;
        ALTER TABLE {DuckDbSchema.StaleDays} ADD COLUMN IF NOT EXISTS appended_after BOOLEAN;
        """;

    private const string DurationsMissing = $"SELECT EXISTS (SELECT 1 FROM {DuckDbSchema.TestDays} WHERE durations IS NULL AND measured > 0)";

    private const string FillDurations = $"""
        UPDATE {DuckDbSchema.TestDays} SET durations = measured_days.durations
        FROM (SELECT tenant_id, dataset_id, CAST(ts AS DATE) AS day, hash(dataset_id, suite, class_name, name) AS history,
                     {DuckDbTestDays.Durations} AS durations
              FROM {Table} WHERE NOT superseded AND status <> 3
              GROUP BY tenant_id, dataset_id, day, history) AS measured_days
        WHERE {DuckDbSchema.TestDays}.durations IS NULL AND {DuckDbSchema.TestDays}.tenant_id = measured_days.tenant_id
          AND {DuckDbSchema.TestDays}.dataset_id = measured_days.dataset_id AND {DuckDbSchema.TestDays}.day = measured_days.day
          AND {DuckDbSchema.TestDays}.history = measured_days.history
        """;

    private const string NumberRows = $"""
        UPDATE {Table} SET ordinal = numbered.n
        FROM (SELECT rowid AS row_id, row_number() OVER (PARTITION BY tenant_id, upload_id ORDER BY rowid) - 1 AS n
              FROM {Table} WHERE ordinal IS NULL) AS numbered
        WHERE {Table}.rowid = numbered.row_id
        """;

    private const string RecordStoredUploads = $"""
        INSERT INTO {DuckDbSchema.StoredUploads}
        SELECT tenant_id, dataset_id, upload_id, run_key, min(received_at), max(received_at) FROM {Table}
        GROUP BY tenant_id, dataset_id, upload_id, run_key
        """;

    private const string StoredUploadsMissing = $"""
        SELECT NOT EXISTS (SELECT 1 FROM {DuckDbSchema.StoredUploads}) AND EXISTS (SELECT 1 FROM {Table})
        """;

    private const string UnprintedMessages = $"SELECT DISTINCT failure_message FROM {Table} WHERE failure_fingerprint IS NULL AND status IN (1, 2)";

    private const string StoreFingerprints = $"""
        UPDATE {Table} SET failure_fingerprint = printed.fingerprint FROM upgrade_fingerprints AS printed
        WHERE {Table}.failure_fingerprint IS NULL AND {Table}.status IN (1, 2)
          AND {Table}.failure_message IS NOT DISTINCT FROM printed.message
        """;

    public static void Apply(DuckDBConnection connection) =>
        connection.InTransaction(() =>
        {
            connection.Execute(AddColumns);
            connection.Execute(NumberRows);
            FingerprintFailures(connection);
            RecordUploads(connection);
            KeepDurations(connection);
            DuckDbRollupRefresh.FillMissing(connection);
            return true;
        });

    /// <summary>Fills <c>stored_uploads</c> for a file written before it existed (results stored, and none recorded).</summary>
    private static void RecordUploads(DuckDBConnection connection)
    {
        using var missing = connection.Command(StoredUploadsMissing);
        if (missing.ExecuteScalar() is true)
        {
            connection.Execute(RecordStoredUploads);
        }
    }

    /// <summary>Fills the test-day rows' durations for a file whose rollups were computed before they kept them.</summary>
    private static void KeepDurations(DuckDBConnection connection)
    {
        using var missing = connection.Command(DurationsMissing);
        if (missing.ExecuteScalar() is true)
        {
            connection.Execute(FillDurations);
        }
    }

    private static void FingerprintFailures(DuckDBConnection connection)
    {
        var messages = new List<string?>();
        using (var select = connection.Command(UnprintedMessages))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                messages.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
            }
        }
        if (messages.Count == 0)
        {
            return;
        }
        connection.Execute("CREATE TEMP TABLE upgrade_fingerprints (message VARCHAR, fingerprint VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender("upgrade_fingerprints"))
        {
            foreach (var message in messages)
            {
                appender.CreateRow().AppendValue(message).AppendValue(FailureFingerprint.Of(message)).EndRow();
            }
        }
        connection.Execute(StoreFingerprints);
        connection.Execute("DROP TABLE upgrade_fingerprints");
    }
}
