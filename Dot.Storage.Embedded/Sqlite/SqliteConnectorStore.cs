using System.Text.Json;
using System.Text.Json.Serialization;
using Dot.Domain.Connectors;
using Dot.Domain.Secrets;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>
/// Connectors as rows of the configuration database, settings as JSON, next run and lease expiry as Unix
/// milliseconds. Taking a lease is one UPDATE, which SQLite runs under its single write lock, so two schedulers never
/// both take it.
/// </summary>
public sealed class SqliteConnectorStore(SqliteDatabase database) : IConnectorStore
{
    private const string Columns =
        "id, tenant_id, dataset_id, name, kind, settings, schedule, enabled, created_at, secret_set_at, next_run_at, needs_attention, cursor";

    private const string Key = "tenant_id = $tenant AND id = $id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task CreateAsync(Connector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        try
        {
            await database.ExecuteAsync(
                $"""
                INSERT INTO connectors ({Columns})
                VALUES ($id, $tenant, $dataset, $name, $kind, $settings, $schedule, $enabled, $created, $secretSetAt, $next, $attention, $cursor)
                """,
                c => Bind(c, connector).With("$dataset", connector.DatasetId).With("$kind", connector.Kind.ToString())
                    .With("$created", SqliteValues.Time(connector.CreatedAt)).With("$secretSetAt", SqliteValues.TimeOrNull(connector.SecretSetAt))
                    .With("$cursor", connector.Cursor),
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new InvalidOperationException($"A connector with id '{connector.Id}' is already stored.", exception);
        }
    }

    public Task<Connector?> FindAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            $"SELECT {Columns} FROM connectors WHERE {Key}", c => c.With("$tenant", tenantId).With("$id", connectorId), Read, cancellationToken);

    public async Task<IReadOnlyList<Connector>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {Columns} FROM connectors WHERE tenant_id = $tenant AND ($dataset IS NULL OR dataset_id = $dataset) ORDER BY name, id",
            c => c.With("$tenant", tenantId).With("$dataset", datasetId),
            Read,
            cancellationToken);

    public async Task<bool> UpdateAsync(Connector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return await database.ExecuteAsync(
            $"""
            UPDATE connectors SET name = $name, settings = $settings, schedule = $schedule, enabled = $enabled,
                next_run_at = $next, needs_attention = $attention
            WHERE {Key}
            """,
            c => Bind(c, connector),
            cancellationToken) == 1;
    }

    public async Task<bool> DeleteAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM connector_secrets WHERE tenant_id = $tenant AND connector_id = $id;
            DELETE FROM connector_runs WHERE tenant_id = $tenant AND connector_id = $id;
            DELETE FROM connectors WHERE tenant_id = $tenant AND id = $id;
            SELECT changes();
            """;
        command.With("$tenant", tenantId).With("$id", connectorId);
        var deleted = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 1;
    }

    public async Task<bool> SetSecretAsync(string tenantId, string connectorId, SealedSecret secret, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return await database.ExecuteAsync(
            """
            INSERT INTO connector_secrets (tenant_id, connector_id, version, key_id, wrapped_key, nonce, ciphertext, tag)
            SELECT $tenant, $id, $version, $key, $wrapped, $nonce, $ciphertext, $tag FROM connectors WHERE tenant_id = $tenant AND id = $id
            ON CONFLICT (tenant_id, connector_id) DO UPDATE SET version = excluded.version, key_id = excluded.key_id,
                wrapped_key = excluded.wrapped_key, nonce = excluded.nonce, ciphertext = excluded.ciphertext, tag = excluded.tag;
            UPDATE connectors SET secret_set_at = $at WHERE tenant_id = $tenant AND id = $id;
            """,
            c => c.With("$tenant", tenantId).With("$id", connectorId).With("$version", secret.Version).With("$key", secret.KeyId)
                .With("$wrapped", secret.WrappedKey.ToArray()).With("$nonce", secret.Nonce.ToArray())
                .With("$ciphertext", secret.Ciphertext.ToArray()).With("$tag", secret.Tag.ToArray()).With("$at", SqliteValues.Time(at)),
            cancellationToken) > 0;
    }

    public Task<SealedSecret?> FindSecretAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync<SealedSecret?>(
            "SELECT version, key_id, wrapped_key, nonce, ciphertext, tag FROM connector_secrets WHERE tenant_id = $tenant AND connector_id = $id",
            c => c.With("$tenant", tenantId).With("$id", connectorId),
            r => new SealedSecret(r.GetByte(0), r.GetString(1), (byte[])r[2], (byte[])r[3], (byte[])r[4], (byte[])r[5]),
            cancellationToken);

    public async Task<bool> SaveCursorAsync(string tenantId, string connectorId, string leaseHolder, string? cursor, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            $"UPDATE connectors SET cursor = $cursor WHERE {Key} AND lease_holder = $holder",
            c => c.With("$tenant", tenantId).With("$id", connectorId).With("$holder", leaseHolder).With("$cursor", cursor),
            cancellationToken) == 1;

    public async Task<IReadOnlyList<Connector>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"""
            SELECT {Columns} FROM connectors
            WHERE enabled = 1 AND next_run_at <= $now AND lease_expires_at <= $now ORDER BY next_run_at LIMIT $limit
            """,
            c => c.With("$now", now.ToUnixTimeMilliseconds()).With("$limit", limit),
            Read,
            cancellationToken);

    public async Task<bool> TryLeaseAsync(
        string tenantId, string connectorId, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            $"""
            UPDATE connectors SET lease_holder = $holder, lease_expires_at = $until
            WHERE {Key} AND (lease_expires_at <= $now OR lease_holder = $holder)
            """,
            c => c.With("$tenant", tenantId).With("$id", connectorId).With("$holder", holder)
                .With("$now", now.ToUnixTimeMilliseconds()).With("$until", until.ToUnixTimeMilliseconds()),
            cancellationToken) == 1;

    public Task ReleaseLeaseAsync(string tenantId, string connectorId, string holder, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE connectors SET lease_holder = NULL, lease_expires_at = 0 WHERE {Key} AND lease_holder = $holder",
            c => c.With("$tenant", tenantId).With("$id", connectorId).With("$holder", holder),
            cancellationToken);

    private static SqliteCommand Bind(SqliteCommand command, Connector connector) =>
        command.With("$tenant", connector.TenantId).With("$id", connector.Id).With("$name", connector.Name)
            .With("$settings", JsonSerializer.Serialize(connector.Settings, Json)).With("$schedule", connector.Schedule)
            .With("$enabled", connector.Enabled ? 1 : 0).With("$next", connector.NextRunAt?.ToUnixTimeMilliseconds())
            .With("$attention", connector.NeedsAttention ? 1 : 0);

    private static Connector Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Enum.Parse<ConnectorKind>(r.GetString(4)),
            JsonSerializer.Deserialize<ConnectorSettings>(r.GetString(5), Json)!, r.GetString(6), r.GetInt64(7) == 1, r.GetTime(8))
        {
            SecretSetAt = r.GetTimeOrNull(9),
            NextRunAt = r.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)),
            NeedsAttention = r.GetInt64(11) == 1,
            Cursor = r.GetStringOrNull(12),
        };
}
