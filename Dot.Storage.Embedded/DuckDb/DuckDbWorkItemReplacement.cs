using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Replaces an upload's work items inside the writer's transaction: deletes the upload's earlier rows, appends the
/// new ones, and lets them supersede the dataset's older snapshots of the same keys.
/// </summary>
internal static class DuckDbWorkItemReplacement
{
    private const string DeleteUpload = $"DELETE FROM {DuckDbSchema.WorkItems} WHERE tenant_id = $tenant AND upload_id = $upload";

    public static long Replace(
        DuckDBConnection connection, string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken)
    {
        DeleteStored(connection, tenantId, uploadId);
        var count = DuckDbAppending.Append(
            connection, DuckDbSchema.WorkItems, tenantId, uploadId, items, DuckDbWorkItemRows.OwnerOf,
            (appender, item, _) => DuckDbWorkItemRows.Append(appender, item), cancellationToken);
        DuckDbWorkItemSupersession.Apply(connection, tenantId, uploadId);
        return count;
    }

    /// <summary>Deletes the upload's work items; returns how many.</summary>
    public static long DeleteStored(DuckDBConnection connection, string tenantId, string uploadId)
    {
        using var delete = connection.Command(DeleteUpload).With("tenant", tenantId).With("upload", uploadId);
        return delete.ExecuteNonQuery();
    }
}
