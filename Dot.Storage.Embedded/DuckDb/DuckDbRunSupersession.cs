using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Keeps one final execution per test and run. When an upload with a run key lands, every earlier execution of the
/// same test (suite, class, name) in the same run, from another upload, is marked superseded, and the new
/// execution is flagged flaky when it passed where an earlier one in the run failed or errored. Uploads without a
/// run key are runs of their own and supersede nothing. Runs inside the writer's transaction, after the upload's
/// rows are appended; both sides of each statement are bounded by <c>received_at</c> spans (the upload's own, and
/// the run's other uploads' from <see cref="DuckDbStoredUploads"/>), so the cost follows the run, not the table.
/// </summary>
internal static class DuckDbRunSupersession
{
    private const string Table = DuckDbSchema.TestResults;

    private const string Latest = """
        latest.tenant_id = $tenant AND latest.dataset_id = $dataset AND latest.run_key = $run AND latest.upload_id = $upload
        AND latest.received_at BETWEEN $own_from AND $own_to
        """;

    private const string OthersOfTheSameTest = """
        other.tenant_id = $tenant AND other.dataset_id = $dataset AND other.run_key = $run AND other.upload_id <> $upload
        AND other.received_at BETWEEN $run_from AND $run_to
        AND other.name = latest.name
        AND other.suite IS NOT DISTINCT FROM latest.suite AND other.class_name IS NOT DISTINCT FROM latest.class_name
        """;

    private const string MarkFlaky = $"""
        UPDATE {Table} AS latest SET flaky = true
        WHERE {Latest} AND latest.status = 0 AND NOT latest.flaky
          AND EXISTS (SELECT 1 FROM {Table} AS other WHERE {OthersOfTheSameTest} AND other.status IN (1, 2))
        """;

    private const string MarkSuperseded = $"""
        UPDATE {Table} AS other SET superseded = true
        FROM (SELECT DISTINCT suite, class_name, name FROM {Table} AS latest WHERE {Latest}) AS latest
        WHERE {OthersOfTheSameTest} AND NOT other.superseded
        """;

    /// <summary>
    /// Supersedes what the upload repeats of its run; returns the <c>received_at</c> span of the run's other uploads
    /// when some of their executions were superseded, or null when none were (no other upload, or other tests).
    /// </summary>
    public static (DateTime From, DateTime To)? Apply(DuckDBConnection connection, string tenantId, string uploadId, RunSpan own)
    {
        if (own.RunKey is null || DuckDbStoredUploads.OthersInRun(connection, tenantId, uploadId, own) is not { } others)
        {
            return null;
        }
        Execute(MarkFlaky);
        return Execute(MarkSuperseded) > 0 ? others : null;

        int Execute(string sql)
        {
            using var command = connection.Command(sql)
                .With("tenant", tenantId).With("dataset", own.DatasetId).With("run", own.RunKey).With("upload", uploadId)
                .With("own_from", own.From).With("own_to", own.To).With("run_from", others.From).With("run_to", others.To);
            return command.ExecuteNonQuery();
        }
    }
}
