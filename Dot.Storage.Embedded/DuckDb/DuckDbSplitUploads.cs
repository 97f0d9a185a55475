using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The <c>rollup_split_uploads</c> table: uploads in which one test's executions of one run fall on more than one UTC
/// day. The flaky rollups count such a run once per day where one scan counts it once, so a flaky query whose window
/// touches such an upload's days reads <c>test_results</c> instead (decision 0015). A test's final executions in a run
/// all come from one upload (a later upload of the run supersedes the test's others), so looking at each upload
/// alone finds every such run; superseded and skipped executions are looked at too, which can only add uploads.
/// Only an upload whose executions span a midnight is looked at.
/// </summary>
internal static class DuckDbSplitUploads
{
    private const string Table = DuckDbSchema.SplitUploads;

    private static readonly string Split = $"""
        SELECT tenant_id, dataset_id, upload_id, min(first_day), max(last_day) FROM (
            SELECT tenant_id, dataset_id, upload_id, CAST(min(ts) AS DATE) AS first_day, CAST(max(ts) AS DATE) AS last_day
            FROM {DuckDbSchema.TestResults}
        """;

    private const string SplitTail = """
            GROUP BY tenant_id, dataset_id, upload_id, suite, class_name, name, run_key
            HAVING CAST(min(ts) AS DATE) <> CAST(max(ts) AS DATE)
        ) GROUP BY tenant_id, dataset_id, upload_id
        """;

    /// <summary>Every split upload of a file's results: for a file written before the rollups.</summary>
    public static readonly string RecordAll = $"INSERT INTO {Table} {Split} {SplitTail}";

    /// <summary>Records the upload when one of its tests' runs falls on two days; <paramref name="appended"/> are the days of its own executions.</summary>
    public static void Record(DuckDBConnection connection, string tenantId, string uploadId, IReadOnlyList<RunSpan> spans, DuckDbRollupSlices appended)
    {
        if (!spans.Any(span => appended.SpansDays(span.DatasetId)))
        {
            return;
        }
        using var command = connection.Command($"""
            INSERT INTO {Table} {Split}
            WHERE tenant_id = $tenant AND upload_id = $upload AND received_at BETWEEN $from AND $to
            {SplitTail}
            """).With("tenant", tenantId).With("upload", uploadId)
            .With("from", spans.Min(span => span.From)).With("to", spans.Max(span => span.To));
        command.ExecuteNonQuery();
    }

    public static void Forget(DuckDBConnection connection, string tenantId, string uploadId)
    {
        using var delete = connection.Command($"DELETE FROM {Table} WHERE tenant_id = $tenant AND upload_id = $upload")
            .With("tenant", tenantId).With("upload", uploadId);
        delete.ExecuteNonQuery();
    }
}
