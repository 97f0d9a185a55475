using Dot.Domain.Datasets;
using Microsoft.Data.Sqlite;

namespace Dot.Api.Storage.Embedded;

public sealed class SqliteDatasetStore(SqliteDatabase database) : IDatasetStore
{
    private const string Columns = "id, tenant_id, name, created_at";

    public async Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO datasets ({Columns}) VALUES ($id, $tenant, $name, $created)";
        command.With("$id", dataset.Id).With("$tenant", dataset.TenantId).With("$name", dataset.Name)
            .With("$created", SqliteValues.Time(dataset.CreatedAt));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM datasets WHERE tenant_id = $tenant ORDER BY name, id";
        command.With("$tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var datasets = new List<Dataset>();
        while (await reader.ReadAsync(cancellationToken))
        {
            datasets.Add(Read(reader));
        }
        return datasets;
    }

    public async Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM datasets WHERE tenant_id = $tenant AND id = $id";
        command.With("$tenant", tenantId).With("$id", datasetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Dataset Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3));
}
