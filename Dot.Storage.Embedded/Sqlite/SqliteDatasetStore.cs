using Dot.Domain.Datasets;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

public sealed class SqliteDatasetStore(SqliteDatabase database) : IDatasetStore
{
    private const string Columns = "id, tenant_id, name, created_at, retention_days";
    private const string Select = $"SELECT {Columns} FROM datasets";

    public async Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        try
        {
            await database.ExecuteAsync(
                "INSERT INTO datasets (id, tenant_id, name, created_at, retention_days) VALUES ($id, $tenant, $name, $created, $days)",
                c => c.With("$id", dataset.Id).With("$tenant", dataset.TenantId).With("$name", dataset.Name)
                    .With("$created", SqliteValues.Time(dataset.CreatedAt)).With("$days", dataset.RetentionDays),
                cancellationToken);
            return true;
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        await database.QueryAsync($"{Select} WHERE tenant_id = $tenant ORDER BY name, id", c => c.With("$tenant", tenantId), Read, cancellationToken);

    public Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{Select} WHERE tenant_id = $tenant AND id = $id", c => c.With("$tenant", tenantId).With("$id", datasetId), Read, cancellationToken);

    public Task<Dataset?> SetRetentionAsync(string tenantId, string datasetId, int? retentionDays, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            $"UPDATE datasets SET retention_days = $days WHERE tenant_id = $tenant AND id = $id RETURNING {Columns}",
            c => c.With("$tenant", tenantId).With("$id", datasetId).With("$days", retentionDays),
            Read,
            cancellationToken);

    private static Dataset Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3))
        {
            RetentionDays = reader.IsDBNull(4) ? null : reader.GetInt32(4),
        };
}
