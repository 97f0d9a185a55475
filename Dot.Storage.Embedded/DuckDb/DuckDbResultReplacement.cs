using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Replaces an upload's results inside the writer's transaction: deletes what an earlier attempt stored (a first
/// attempt has nothing to delete, and <see cref="DuckDbStoredUploads"/> says so without touching the results),
/// appends the new rows, records the upload's runs, lets the new rows supersede what they repeat, and recomputes the
/// rollups of every day that changed (<see cref="DuckDbRollupRefresh"/>).
/// </summary>
internal static class DuckDbResultReplacement
{
    private const string DeleteSpan = $"""
        DELETE FROM {DuckDbSchema.TestResults}
        WHERE tenant_id = $tenant AND upload_id = $upload AND received_at BETWEEN $from AND $to
        """;

    public static long Replace(
        DuckDBConnection connection, string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken)
    {
        var changed = new DuckDbRollupSlices();
        Delete(connection, tenantId, uploadId, changed);
        var spans = new DuckDbRunSpans();
        var count = DuckDbAppending.Append(
            connection, DuckDbSchema.TestResults, tenantId, uploadId, results, DuckDbResultRows.OwnerOf,
            (appender, result, ordinal) =>
            {
                spans.Add(result);
                changed.Add(result.DatasetId, result.Timestamp.UtcDateTime);
                DuckDbResultRows.Append(appender, result, ordinal);
            },
            cancellationToken);
        DuckDbStoredUploads.Record(connection, tenantId, uploadId, spans.All);
        foreach (var span in spans.All)
        {
            if (DuckDbRunSupersession.Apply(connection, tenantId, uploadId, span) is { } others)
            {
                DuckDbChangedDays.AddRun(connection, tenantId, uploadId, span, others, changed);
            }
        }
        DuckDbSplitUploads.Record(connection, tenantId, uploadId, spans.All, changed);
        DuckDbRollupRefresh.Refresh(connection, tenantId, changed);
        return count;
    }

    /// <summary>Deletes the upload's stored results (all of them, for retention) and refreshes its days' rollups; returns how many.</summary>
    public static long DeleteStored(DuckDBConnection connection, string tenantId, string uploadId)
    {
        var changed = new DuckDbRollupSlices();
        var deleted = Delete(connection, tenantId, uploadId, changed);
        DuckDbRollupRefresh.Refresh(connection, tenantId, changed);
        return deleted;
    }

    /// <summary>Deletes what an earlier attempt stored, noting the days it held; returns how many rows.</summary>
    private static long Delete(DuckDBConnection connection, string tenantId, string uploadId, DuckDbRollupSlices changed)
    {
        var earlier = DuckDbStoredUploads.Of(connection, tenantId, uploadId);
        if (earlier.Count == 0)
        {
            return 0;
        }
        DuckDbChangedDays.AddStored(connection, tenantId, uploadId, earlier, changed);
        using var delete = connection.Command(DeleteSpan).With("tenant", tenantId).With("upload", uploadId)
            .With("from", earlier.Min(span => span.From)).With("to", earlier.Max(span => span.To));
        var deleted = delete.ExecuteNonQuery();
        DuckDbStoredUploads.Forget(connection, tenantId, uploadId);
        DuckDbSplitUploads.Forget(connection, tenantId, uploadId);
        return deleted;
    }
}
