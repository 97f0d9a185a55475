using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Finds the days a write changes besides those of the rows it appends: the days of an upload's stored rows, before
/// a retry or a delete removes them, and the days of a run's other uploads, some of whose rows a new upload of the
/// run supersedes. Both read only rows found by their <c>received_at</c> span (<see cref="DuckDbStoredUploads"/>).
/// </summary>
internal static class DuckDbChangedDays
{
    private const string Table = DuckDbSchema.TestResults;

    public static void AddStored(DuckDBConnection connection, string tenantId, string uploadId, IReadOnlyList<RunSpan> stored, DuckDbRollupSlices changed)
    {
        using var command = connection.Command($"""
            SELECT dataset_id, min(ts), max(ts) FROM {Table}
            WHERE tenant_id = $tenant AND upload_id = $upload AND received_at BETWEEN $from AND $to
            GROUP BY dataset_id
            """).With("tenant", tenantId).With("upload", uploadId)
            .With("from", stored.Min(span => span.From)).With("to", stored.Max(span => span.To));
        AddRows(command, changed);
    }

    public static void AddRun(
        DuckDBConnection connection, string tenantId, string uploadId, RunSpan own, (DateTime From, DateTime To) others, DuckDbRollupSlices changed)
    {
        using var command = connection.Command($"""
            SELECT dataset_id, min(ts), max(ts) FROM {Table}
            WHERE tenant_id = $tenant AND dataset_id = $dataset AND run_key = $run AND upload_id <> $upload
              AND received_at BETWEEN $from AND $to
            GROUP BY dataset_id
            """).With("tenant", tenantId).With("dataset", own.DatasetId).With("run", own.RunKey).With("upload", uploadId)
            .With("from", others.From).With("to", others.To);
        AddRows(command, changed);
    }

    private static void AddRows(DuckDBCommand command, DuckDbRollupSlices changed)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            changed.Add(reader.GetString(0), reader.GetDateTime(1), reader.GetDateTime(2));
        }
    }
}
