using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// An upload's results on their way into <c>test_results</c>: staged, that is appended to a temporary table of the
/// writer's connection outside any transaction of the results, the part of a write that reads the upload's stream;
/// or, for an upload written alone, still the stream, appended straight into the results when it is published. What
/// was staged can be published, and published again after a failed group (<see cref="DuckDbGroupedReplacement"/>),
/// where the stream itself could not be read twice. A temporary table is the connection's alone and goes with it, so
/// a crash leaves nothing of it behind.
/// </summary>
internal sealed class DuckDbStagedUpload
{
    private DuckDbStagedUpload(DuckDbQueuedUpload upload, string? table)
    {
        Upload = upload;
        Table = table;
    }

    public DuckDbQueuedUpload Upload { get; }

    /// <summary>The temporary table holding the rows, in <c>test_results</c>' columns; null while they are the stream.</summary>
    private string? Table { get; }

    public long Count { get; private set; }

    /// <summary>The <c>received_at</c> span of each run the rows belong to (once they are appended).</summary>
    public DuckDbRunSpans Spans { get; } = new();

    /// <summary>The days of the rows' execution times, per dataset (once they are appended).</summary>
    public DuckDbRollupSlices Days { get; } = new();

    /// <summary>
    /// Appends <paramref name="upload"/>'s documents to a new temporary table named after <paramref name="position"/>
    /// in its group; throws what reading or appending them threw (the table is then left to the connection's end and
    /// never published).
    /// </summary>
    public static DuckDbStagedUpload Stage(DuckDBConnection connection, DuckDbQueuedUpload upload, int position)
    {
        var staged = new DuckDbStagedUpload(upload, $"staged_results_{position}");
        connection.Execute($"CREATE TEMPORARY TABLE {staged.Table} AS FROM {DuckDbSchema.TestResults} LIMIT 0");
        staged.Append(connection, staged.Table!);
        return staged;
    }

    /// <summary>An upload written alone: its transaction isolates it, and its rows are copied once, not twice.</summary>
    public static DuckDbStagedUpload Streamed(DuckDbQueuedUpload upload) => new(upload, null);

    /// <summary>Puts the rows into <c>test_results</c>, inside the publishing transaction.</summary>
    public void MoveIn(DuckDBConnection connection)
    {
        if (Table is null)
        {
            Append(connection, DuckDbSchema.TestResults);
            return;
        }
        connection.Execute($"INSERT INTO {DuckDbSchema.TestResults} SELECT * FROM {Table}");
    }

    private void Append(DuckDBConnection connection, string table) =>
        Count = DuckDbAppending.Append(
            connection, table, Upload.TenantId, Upload.UploadId, Upload.Documents, DuckDbResultRows.OwnerOf,
            (appender, result, ordinal) =>
            {
                Spans.Add(result);
                Days.Add(result.DatasetId, result.Timestamp.UtcDateTime);
                DuckDbResultRows.Append(appender, result, ordinal);
            },
            Upload.CancellationToken);
}
