using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>Deletes a dataset's reviews written before a time, a bounded number at once, inside the caller's transaction.</summary>
internal static class DuckDbReviewRetention
{
    private const string Delete = $"""
        DELETE FROM {DuckDbSchema.Reviews} WHERE rowid IN (
            SELECT rowid FROM {DuckDbSchema.Reviews}
            WHERE tenant_id = $tenant AND dataset_id = $dataset AND reviewed_at < $before
            LIMIT $limit)
        """;

    public static long DeleteBefore(DuckDBConnection connection, string tenantId, string datasetId, DateTime before, int limit)
    {
        using var delete = connection.Command(Delete).With("tenant", tenantId).With("dataset", datasetId).With("before", before).With("limit", limit);
        return delete.ExecuteNonQuery();
    }
}
