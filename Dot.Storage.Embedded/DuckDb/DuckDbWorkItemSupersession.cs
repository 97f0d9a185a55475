using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Work items are snapshots: when an upload lands, the dataset's rows of the same keys from other uploads are
/// superseded, so each key counts once, as the latest upload saw it. Runs inside the writer's transaction.
/// </summary>
internal static class DuckDbWorkItemSupersession
{
    private static readonly string Sql = $"""
        UPDATE {DuckDbSchema.WorkItems} AS other SET superseded = true
        FROM (SELECT DISTINCT tenant_id, dataset_id, key FROM {DuckDbSchema.WorkItems}
              WHERE tenant_id = $tenant AND upload_id = $upload) AS latest
        WHERE other.tenant_id = latest.tenant_id AND other.dataset_id = latest.dataset_id AND other.key = latest.key
          AND other.upload_id <> $upload AND NOT other.superseded
        """;

    public static void Apply(DuckDBConnection connection, string tenantId, string uploadId)
    {
        using var command = connection.Command(Sql).With("tenant", tenantId).With("upload", uploadId);
        command.ExecuteNonQuery();
    }
}
