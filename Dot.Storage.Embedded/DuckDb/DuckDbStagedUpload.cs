using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// An upload's results appended to a temporary table of the writer's connection, outside any transaction of the
/// results: the part of a write that reads the upload's stream. What it staged can be published, and published again
/// after a failed group (<see cref="DuckDbGroupedReplacement"/>), where the stream itself could not be read twice.
/// A temporary table is the connection's alone and goes with it, so a crash leaves nothing of it behind.
/// </summary>
internal sealed class DuckDbStagedUpload
{
    private DuckDbStagedUpload(DuckDbQueuedUpload upload, string table)
    {
        Upload = upload;
        Table = table;
    }

    public DuckDbQueuedUpload Upload { get; }

    /// <summary>The temporary table holding the rows, in <c>test_results</c>' columns.</summary>
    public string Table { get; }

    public long Count { get; private set; }

    /// <summary>The <c>received_at</c> span of each run the rows belong to.</summary>
    public DuckDbRunSpans Spans { get; } = new();

    /// <summary>The days of the rows' execution times, per dataset.</summary>
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
        staged.Count = DuckDbAppending.Append(
            connection, staged.Table, upload.TenantId, upload.UploadId, upload.Documents, DuckDbResultRows.OwnerOf,
            (appender, result, ordinal) =>
            {
                staged.Spans.Add(result);
                staged.Days.Add(result.DatasetId, result.Timestamp.UtcDateTime);
                DuckDbResultRows.Append(appender, result, ordinal);
            },
            upload.CancellationToken);
        return staged;
    }
}
