using Amazon.DynamoDBv2.Model;
using Dot.Domain.Connectors;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Connector runs (<c>RUN#id</c>), listed per connector through <c>byParent</c> in the order they were first saved:
/// a counter per connector (<c>RUN_SEQ#connector</c>, an atomic <c>ADD</c>) numbers them. The index also carries a
/// run's status, so the oldest queued run is found without reading every run.
/// </summary>
public sealed class DynamoConnectorRunStore(DynamoTable table) : IConnectorRunStore
{
    private const string Prefix = "RUN#";
    private const string SequencePrefix = "RUN_SEQ#";
    private const int BatchWriteLimit = 25;

    public async Task SaveAsync(ConnectorRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var pk = TableKeys.Tenant(run.TenantId);
        var existing = await table.GetAsync(pk, Prefix + run.Id, cancellationToken);
        var ordinal = existing?.Str(TableKeys.Ordinal) ?? Ordinals.Of(await NextSequenceAsync(pk, run.ConnectorId, cancellationToken));
        var item = DynamoTable.NewItem(pk, Prefix + run.Id)
            .With(TableKeys.Parent, ParentOf(run.TenantId, run.ConnectorId)).With(TableKeys.Ordinal, ordinal)
            .With("connectorId", run.ConnectorId).With("trigger", run.Trigger.ToString()).With("status", run.Status.ToString())
            .With("queuedAt", run.QueuedAt).With("startedAt", run.StartedAt).With("finishedAt", run.FinishedAt).With("error", run.Error);
        item["pages"] = Attributes.N(run.Pages);
        item["itemsFetched"] = Attributes.N(run.ItemsFetched);
        await table.PutAsync(item, cancellationToken);
    }

    public async Task<ConnectorRun?> FindAsync(string tenantId, string runId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), Prefix + runId, cancellationToken) is { } item ? Read(item) : null;

    public async Task<ConnectorRun?> FindQueuedAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        var range = new ChildRange(ParentOf(tenantId, connectorId)) { Statuses = [nameof(ConnectorRunStatus.Queued)] };
        foreach (var (pk, sk) in await ParentPages.KeysAsync(table, range, cancellationToken))
        {
            if (await table.GetAsync(pk, sk, cancellationToken) is { } item && Read(item) is { Status: ConnectorRunStatus.Queued } run)
            {
                return run;
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<ConnectorRun>> ListAsync(string tenantId, string connectorId, int limit, string? afterId, CancellationToken cancellationToken)
    {
        var parent = ParentOf(tenantId, connectorId);
        var start = await ParentPages.StartAfterAsync(table, TableKeys.Tenant(tenantId), afterId is null ? null : Prefix + afterId, parent, cancellationToken);
        if (start is { Found: false })
        {
            return [];
        }
        var keys = await ParentPages.KeysAsync(table, new ChildRange(parent) { NewestFirst = true, Limit = limit, StartAfter = start?.Key }, cancellationToken);
        return (await table.GetManyAsync(keys, cancellationToken)).Select(Read).ToList();
    }

    /// <summary>Deletes every run of the connector and its counter (when the connector itself is deleted).</summary>
    internal async Task DeleteRunsAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        var pk = TableKeys.Tenant(tenantId);
        var keys = await ParentPages.KeysAsync(table, new ChildRange(ParentOf(tenantId, connectorId)), cancellationToken);
        keys.Add((pk, SequencePrefix + connectorId));
        foreach (var chunk in keys.Chunk(BatchWriteLimit))
        {
            var pending = chunk.Select(k => new WriteRequest { DeleteRequest = new DeleteRequest { Key = DynamoTable.Key(k.Pk, k.Sk) } }).ToList();
            while (pending is { Count: > 0 })
            {
                var response = await table.Client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [table.Name] = pending } }, cancellationToken);
                pending = response.UnprocessedItems?.GetValueOrDefault(table.Name);
            }
        }
    }

    private async Task<long> NextSequenceAsync(string pk, string connectorId, CancellationToken cancellationToken)
    {
        var counter = await table.TryUpdateAsync(pk, SequencePrefix + connectorId, new Update("ADD seq :one", condition: null).Value(":one", 1), cancellationToken);
        return counter!.Long("seq");
    }

    private static string ParentOf(string tenantId, string connectorId) => $"{TableKeys.Tenant(tenantId)}#RUNS#{connectorId}";

    private static ConnectorRun Read(Dictionary<string, AttributeValue> item) =>
        new(item.Str(TableKeys.Sk)[Prefix.Length..], TableKeys.TenantOf(item.Str(TableKeys.Pk)), item.Str("connectorId"),
            Enum.Parse<ConnectorRunTrigger>(item.Str("trigger")), Enum.Parse<ConnectorRunStatus>(item.Str("status")), item.Time("queuedAt"))
        {
            StartedAt = item.TimeOrNull("startedAt"),
            FinishedAt = item.TimeOrNull("finishedAt"),
            Pages = (int)item.Long("pages"),
            ItemsFetched = (int)item.Long("itemsFetched"),
            Error = item.StrOrNull("error"),
        };
}
