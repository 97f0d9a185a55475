using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The <c>stored_uploads</c> table: for every upload with results stored, one row per run it holds results of, with
/// the span of their <c>received_at</c>. A first attempt at an upload finds nothing here and deletes nothing, and the
/// spans turn "the rows of this upload" or "of this run" into a <c>received_at</c> range, which DuckDB answers from
/// its per-row-group min/max instead of scanning the whole table (rows arrive in about <c>received_at</c> order).
/// </summary>
internal static class DuckDbStoredUploads
{
    private const string Table = DuckDbSchema.StoredUploads;

    public static IReadOnlyList<RunSpan> Of(DuckDBConnection connection, string tenantId, string uploadId)
    {
        using var command = connection.Command($"""
            SELECT dataset_id, run_key, first_received_at, last_received_at FROM {Table}
            WHERE tenant_id = $tenant AND upload_id = $upload
            """).With("tenant", tenantId).With("upload", uploadId);
        using var reader = command.ExecuteReader();
        var spans = new List<RunSpan>();
        while (reader.Read())
        {
            spans.Add(new RunSpan(reader.GetString(0), DuckDbValues.StringOrNull(reader, 1), reader.GetDateTime(2), reader.GetDateTime(3)));
        }
        return spans;
    }

    /// <summary>The span of the results other uploads stored in <paramref name="run"/>'s run, or null when there are none.</summary>
    public static (DateTime From, DateTime To)? OthersInRun(DuckDBConnection connection, string tenantId, string uploadId, RunSpan run)
    {
        using var command = connection.Command($"""
            SELECT min(first_received_at), max(last_received_at) FROM {Table}
            WHERE tenant_id = $tenant AND dataset_id = $dataset AND run_key = $run AND upload_id <> $upload
            """).With("tenant", tenantId).With("dataset", run.DatasetId).With("run", run.RunKey).With("upload", uploadId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0) ? null : (reader.GetDateTime(0), reader.GetDateTime(1));
    }

    public static void Forget(DuckDBConnection connection, string tenantId, string uploadId)
    {
        using var delete = connection.Command($"DELETE FROM {Table} WHERE tenant_id = $tenant AND upload_id = $upload")
            .With("tenant", tenantId).With("upload", uploadId);
        delete.ExecuteNonQuery();
    }

    public static void Record(DuckDBConnection connection, string tenantId, string uploadId, IReadOnlyList<RunSpan> spans)
    {
        using var appender = connection.CreateAppender(Table);
        foreach (var span in spans)
        {
            appender.CreateRow().AppendValue(tenantId).AppendValue(span.DatasetId).AppendValue(uploadId).AppendValue(span.RunKey)
                .AppendValue(span.From).AppendValue(span.To).EndRow();
        }
    }
}
