using Amazon.DynamoDBv2.Model;
using Dot.Domain.Connectors;
using Dot.Domain.Secrets;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Connectors (<c>CONNECTOR#id</c>) and their sealed secrets (<c>CONNECTOR_SECRET#id</c>). An enabled connector with
/// a next run is in the <c>CONNECTORS_DUE</c> queue of <c>byQueue</c> at that time; the run lease (holder, expiry)
/// is taken and moved only by updates conditioned on it.
/// </summary>
public sealed class DynamoConnectorStore(DynamoTable table, DynamoConnectorRunStore runs) : IConnectorStore
{
    private const string Queue = "CONNECTORS_DUE";
    private const string Prefix = "CONNECTOR#";
    private const string SecretPrefix = "CONNECTOR_SECRET#";
    private const int ExtraCandidates = 100;

    public async Task CreateAsync(Connector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var item = DynamoTable.NewItem(TableKeys.Tenant(connector.TenantId), Prefix + connector.Id)
            .With("datasetId", connector.DatasetId).With("name", connector.Name).With("kind", connector.Kind.ToString())
            .With("settings", StoredJson.Write(connector.Settings)).With("schedule", connector.Schedule).With("createdAt", connector.CreatedAt)
            .With("secretSetAt", connector.SecretSetAt).With("cursor", connector.Cursor);
        item["enabled"] = Attributes.Bool(connector.Enabled);
        item["needsAttention"] = Attributes.Bool(connector.NeedsAttention);
        item["leaseExpiresAt"] = Attributes.N(0);
        if (connector.NextRunAt is { } next)
        {
            item["nextRunAt"] = Attributes.N(next.ToUnixTimeMilliseconds());
            if (connector.Enabled)
            {
                item[TableKeys.Queue] = Attributes.S(Queue);
                item[TableKeys.QueueAt] = item["nextRunAt"];
            }
        }
        if (!await table.PutNewAsync(item, cancellationToken))
        {
            throw new InvalidOperationException($"A connector with id '{connector.Id}' is already stored.");
        }
    }

    public async Task<Connector?> FindAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), Prefix + connectorId, cancellationToken) is { } item ? Read(item) : null;

    public async Task<IReadOnlyList<Connector>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken) =>
        (await table.QueryPrefixAsync(TableKeys.Tenant(tenantId), Prefix, cancellationToken))
            .Select(Read).Where(c => datasetId is null || c.DatasetId == datasetId)
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

    public async Task<bool> UpdateAsync(Connector connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var set = "SET #name = :name, settings = :settings, schedule = :schedule, enabled = :enabled, needsAttention = :attention";
        var remove = new List<string>();
        var update = new Update(set + ScheduleClauses(connector, remove) + (remove.Count > 0 ? " REMOVE " + string.Join(", ", remove) : string.Empty))
            .Name("#name", "name").Value(":name", connector.Name).Value(":settings", StoredJson.Write(connector.Settings))
            .Value(":schedule", connector.Schedule).Value(":enabled", Attributes.Bool(connector.Enabled))
            .Value(":attention", Attributes.Bool(connector.NeedsAttention));
        if (connector.NextRunAt is { } next)
        {
            update.Value(":next", next.ToUnixTimeMilliseconds());
        }
        if (connector is { Enabled: true, NextRunAt: not null })
        {
            update.Name("#queue", TableKeys.Queue).Name("#at", TableKeys.QueueAt).Value(":queue", Queue);
        }
        return await table.TryUpdateAsync(TableKeys.Tenant(connector.TenantId), Prefix + connector.Id, update, cancellationToken) is not null;
    }

    public async Task<bool> DeleteAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        var pk = TableKeys.Tenant(tenantId);
        if (!await table.TryDeleteAsync(pk, Prefix + connectorId, null, cancellationToken))
        {
            return false;
        }
        await table.TryDeleteAsync(pk, SecretPrefix + connectorId, null, cancellationToken);
        await runs.DeleteRunsAsync(tenantId, connectorId, cancellationToken);
        return true;
    }

    /// <summary>Records the time on the connector first (false when it is unknown), then stores the envelope.</summary>
    public async Task<bool> SetSecretAsync(string tenantId, string connectorId, SealedSecret secret, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var pk = TableKeys.Tenant(tenantId);
        if (await table.TryUpdateAsync(pk, Prefix + connectorId, new Update("SET secretSetAt = :at").Value(":at", Attributes.Time(at)), cancellationToken) is null)
        {
            return false;
        }
        var item = DynamoTable.NewItem(pk, SecretPrefix + connectorId).With("keyId", secret.KeyId);
        item["version"] = Attributes.N(secret.Version);
        item["wrappedKey"] = Attributes.Binary(secret.WrappedKey);
        item["nonce"] = Attributes.Binary(secret.Nonce);
        item["ciphertext"] = Attributes.Binary(secret.Ciphertext);
        item["tag"] = Attributes.Binary(secret.Tag);
        await table.PutAsync(item, cancellationToken);
        return true;
    }

    public async Task<SealedSecret?> FindSecretAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), SecretPrefix + connectorId, cancellationToken) is { } item
            ? new SealedSecret((byte)item.Long("version"), item.Str("keyId"), item.Bytes("wrappedKey"), item.Bytes("nonce"), item.Bytes("ciphertext"), item.Bytes("tag"))
            : null;

    public async Task<bool> SaveCursorAsync(string tenantId, string connectorId, string leaseHolder, string? cursor, CancellationToken cancellationToken)
    {
        var update = cursor is null
            ? new Update("REMOVE #cursor", "leaseHolder = :holder")
            : new Update("SET #cursor = :cursor", "leaseHolder = :holder").Value(":cursor", cursor);
        update.Name("#cursor", "cursor").Value(":holder", leaseHolder);
        return await table.TryUpdateAsync(TableKeys.Tenant(tenantId), Prefix + connectorId, update, cancellationToken) is not null;
    }

    /// <summary>The index gives connectors whose next run is due; those leased now are left out after reading them.</summary>
    public async Task<IReadOnlyList<Connector>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var candidates = await QueueIndex.DueAsync(table, Queue, now, limit + ExtraCandidates, cancellationToken);
        var nowMillis = now.ToUnixTimeMilliseconds();
        return (await table.GetManyAsync(candidates, cancellationToken))
            .Where(item => item.Flag("enabled") && item.LongOrNull("nextRunAt") <= nowMillis && item.Long("leaseExpiresAt") <= nowMillis)
            .Select(Read)
            .Take(limit)
            .ToList();
    }

    public async Task<bool> TryLeaseAsync(string tenantId, string connectorId, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var update = new Update(
                "SET leaseHolder = :holder, leaseExpiresAt = :until",
                "attribute_exists(pk) AND (leaseExpiresAt <= :now OR leaseHolder = :holder)")
            .Value(":holder", holder).Value(":until", until.ToUnixTimeMilliseconds()).Value(":now", now.ToUnixTimeMilliseconds());
        return await table.TryUpdateAsync(TableKeys.Tenant(tenantId), Prefix + connectorId, update, cancellationToken) is not null;
    }

    public Task ReleaseLeaseAsync(string tenantId, string connectorId, string holder, CancellationToken cancellationToken) =>
        table.TryUpdateAsync(
            TableKeys.Tenant(tenantId), Prefix + connectorId,
            new Update("SET leaseExpiresAt = :zero REMOVE leaseHolder", "leaseHolder = :holder").Value(":zero", 0).Value(":holder", holder),
            cancellationToken);

    /// <summary>The SET clauses of the next run and the due queue; what the connector no longer has goes to <paramref name="remove"/>.</summary>
    private static string ScheduleClauses(Connector connector, List<string> remove)
    {
        if (connector.NextRunAt is null)
        {
            remove.AddRange(["nextRunAt", TableKeys.Queue, TableKeys.QueueAt]);
            return string.Empty;
        }
        if (!connector.Enabled)
        {
            remove.AddRange([TableKeys.Queue, TableKeys.QueueAt]);
            return ", nextRunAt = :next";
        }
        return ", nextRunAt = :next, #queue = :queue, #at = :next";
    }

    private static Connector Read(Dictionary<string, AttributeValue> item) =>
        new(item.Str(TableKeys.Sk)[Prefix.Length..], TableKeys.TenantOf(item.Str(TableKeys.Pk)), item.Str("datasetId"), item.Str("name"),
            Enum.Parse<ConnectorKind>(item.Str("kind")), StoredJson.Read<ConnectorSettings>(item.Str("settings")), item.Str("schedule"),
            item.Flag("enabled"), item.Time("createdAt"))
        {
            SecretSetAt = item.TimeOrNull("secretSetAt"),
            NextRunAt = item.MillisecondsOrNull("nextRunAt"),
            NeedsAttention = item.Flag("needsAttention"),
            Cursor = item.StrOrNull("cursor"),
        };
}
