using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Removes a dataset's work items whose key is not among those kept, inside the writer's transaction: the kept keys
/// are appended to a temporary table (a full listing can hold many thousands), and every row of the dataset whose
/// key is not in it is deleted, superseded snapshots included.
/// </summary>
internal static class DuckDbWorkItemRemoval
{
    private const string Kept = "kept_work_item_keys";

    private const string CountGone = $"""
        SELECT count(DISTINCT key) FROM {DuckDbSchema.WorkItems}
        WHERE tenant_id = $tenant AND dataset_id = $dataset AND key NOT IN (SELECT key FROM {Kept})
        """;

    private const string DeleteGone = $"""
        DELETE FROM {DuckDbSchema.WorkItems}
        WHERE tenant_id = $tenant AND dataset_id = $dataset AND key NOT IN (SELECT key FROM {Kept})
        """;

    public static long RemoveExcept(DuckDBConnection connection, string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        connection.Execute($"CREATE TEMP TABLE {Kept} (key VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender(Kept))
        {
            foreach (var key in keep)
            {
                cancellationToken.ThrowIfCancellationRequested();
                appender.CreateRow().AppendValue(key).EndRow();
            }
        }
        long removed;
        using (var count = connection.Command(CountGone).With("tenant", tenantId).With("dataset", datasetId))
        {
            removed = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using (var delete = connection.Command(DeleteGone).With("tenant", tenantId).With("dataset", datasetId))
        {
            delete.ExecuteNonQuery();
        }
        connection.Execute($"DROP TABLE {Kept}");
        return removed;
    }
}
