using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Replaces uploads' results inside the writer's transaction: deletes what an earlier attempt stored (a first
/// attempt has nothing to delete, and <see cref="DuckDbStoredUploads"/> says so without touching the results),
/// moves the staged rows in (<see cref="DuckDbStagedUpload"/>), records the upload's runs, lets the new rows supersede
/// what they repeat, and marks the rollups of every day that changed stale (<see cref="DuckDbStaleDays"/>: the days it
/// only appended to apart from those it rewrote), to be computed again outside the upload's transaction (<see cref="DuckDbRollupRefresher"/>).
/// </summary>
internal static class DuckDbResultReplacement
{
    private const string DeleteSpan = $"""
        DELETE FROM {DuckDbSchema.TestResults}
        WHERE tenant_id = $tenant AND upload_id = $upload AND received_at BETWEEN $from AND $to
        """;

    /// <summary>
    /// Publishes staged uploads, one after the other in their order, inside the caller's transaction: each as its
    /// own write would (an upload of a run supersedes what the uploads before it stored), and the days any of them
    /// changed marked stale once at the end.
    /// </summary>
    public static void Publish(DuckDBConnection connection, IReadOnlyList<DuckDbStagedUpload> staged)
    {
        var changedByTenant = new Dictionary<string, (DuckDbRollupSlices Appended, DuckDbRollupSlices Rewritten)>(StringComparer.Ordinal);
        foreach (var upload in staged)
        {
            var (tenantId, uploadId) = (upload.Upload.TenantId, upload.Upload.UploadId);
            var rewritten = new DuckDbRollupSlices();
            Delete(connection, tenantId, uploadId, rewritten);
            upload.MoveIn(connection);
            DuckDbStoredUploads.Record(connection, tenantId, uploadId, upload.Spans.All);
            foreach (var span in upload.Spans.All)
            {
                if (DuckDbRunSupersession.Apply(connection, tenantId, uploadId, span) is { } others)
                {
                    DuckDbChangedDays.AddRun(connection, tenantId, uploadId, span, others, rewritten);
                }
            }
            DuckDbSplitUploads.Record(connection, tenantId, uploadId, upload.Spans.All, upload.Days);
            // Added to the tenant's own slices: a group that failed is published again upload by upload, each from what it staged alone.
            if (!changedByTenant.TryGetValue(tenantId, out var tenantChanged))
            {
                changedByTenant[tenantId] = tenantChanged = (new DuckDbRollupSlices(), new DuckDbRollupSlices());
            }
            tenantChanged.Appended.Add(upload.Days);
            tenantChanged.Rewritten.Add(rewritten);
        }
        foreach (var (tenantId, (appended, rewritten)) in changedByTenant)
        {
            DuckDbStaleDays.Mark(connection, tenantId, appended, rewritten);
        }
    }

    /// <summary>Deletes the upload's stored results (all of them, for retention) and marks its days' rollups stale; returns how many.</summary>
    public static long DeleteStored(DuckDBConnection connection, string tenantId, string uploadId)
    {
        var changed = new DuckDbRollupSlices();
        var deleted = Delete(connection, tenantId, uploadId, changed);
        DuckDbStaleDays.Mark(connection, tenantId, new DuckDbRollupSlices(), changed);
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
