using DuckDB.NET.Data;

namespace Dot.Api.Storage.Embedded;

/// <summary>
/// Keeps one final execution per test and run. When an upload with a run key lands, every earlier execution of the
/// same test (suite, class, name) in the same run, from another upload, is marked superseded, and the new
/// execution is flagged flaky when it passed where an earlier one in the run failed or errored. Uploads without a
/// run key are runs of their own and supersede nothing. Runs inside the writer's transaction.
/// </summary>
internal static class DuckDbRunSupersession
{
    private const string SameTest = """
        other.tenant_id = latest.tenant_id AND other.dataset_id = latest.dataset_id AND other.run_key = latest.run_key
        AND other.upload_id <> latest.upload_id AND other.name = latest.name
        AND other.suite IS NOT DISTINCT FROM latest.suite AND other.class_name IS NOT DISTINCT FROM latest.class_name
        """;

    private static readonly string MarkFlaky = $"""
        UPDATE {DuckDbSchema.TestResults} AS latest SET flaky = true
        WHERE latest.tenant_id = $tenant AND latest.upload_id = $upload AND latest.run_key IS NOT NULL
          AND latest.status = 0 AND NOT latest.flaky
          AND EXISTS (SELECT 1 FROM {DuckDbSchema.TestResults} AS other WHERE {SameTest} AND other.status IN (1, 2))
        """;

    private static readonly string MarkSuperseded = $"""
        UPDATE {DuckDbSchema.TestResults} AS other SET superseded = true
        FROM (SELECT DISTINCT tenant_id, dataset_id, upload_id, run_key, suite, class_name, name
              FROM {DuckDbSchema.TestResults}
              WHERE tenant_id = $tenant AND upload_id = $upload AND run_key IS NOT NULL) AS latest
        WHERE {SameTest} AND NOT other.superseded
        """;

    public static void Apply(DuckDBConnection connection, string tenantId, string uploadId)
    {
        foreach (var sql in (string[])[MarkFlaky, MarkSuperseded])
        {
            using var command = connection.Command(sql).With("tenant", tenantId).With("upload", uploadId);
            command.ExecuteNonQuery();
        }
    }
}
