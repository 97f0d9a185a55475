using Amazon.DynamoDBv2.Model;
using Dot.Domain.Datasets;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Datasets (<c>DATASET#id</c>) and their names' guards (<c>DATASET_NAME#name</c>). The guard is put first,
/// conditioned on no guard of that name; the dataset follows. A guard whose dataset never followed (a crash in
/// between) is taken over once it is older than <see cref="AbandonedAfter"/>.
/// </summary>
public sealed class DynamoDatasetStore(DynamoTable table, TimeProvider clock) : IDatasetStore
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public async Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var pk = TableKeys.Tenant(dataset.TenantId);
        var guard = DynamoTable.NewItem(pk, NameKey(dataset.Name)).With("datasetId", dataset.Id).With("claimedAt", clock.GetUtcNow());
        if (!await table.PutNewAsync(guard, cancellationToken) && !await TakeOverAbandonedAsync(pk, dataset, guard, cancellationToken))
        {
            return false;
        }
        var item = DynamoTable.NewItem(pk, DatasetKey(dataset.Id)).With("name", dataset.Name).With("createdAt", dataset.CreatedAt);
        return await table.PutNewAsync(item, cancellationToken);
    }

    public async Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        (await table.QueryPrefixAsync(TableKeys.Tenant(tenantId), "DATASET#", cancellationToken))
            .Select(item => Read(tenantId, item))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();

    public async Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), DatasetKey(datasetId), cancellationToken) is { } item ? Read(tenantId, item) : null;

    public async Task<Dataset?> SetRetentionAsync(string tenantId, string datasetId, int? retentionDays, CancellationToken cancellationToken)
    {
        var update = retentionDays is { } days ? new Update("SET retentionDays = :days").Value(":days", days) : new Update("REMOVE retentionDays");
        return await table.TryUpdateAsync(TableKeys.Tenant(tenantId), DatasetKey(datasetId), update, cancellationToken) is { } item ? Read(tenantId, item) : null;
    }

    private async Task<bool> TakeOverAbandonedAsync(string pk, Dataset dataset, Dictionary<string, AttributeValue> guard, CancellationToken cancellationToken)
    {
        var existing = await table.GetAsync(pk, NameKey(dataset.Name), cancellationToken);
        if (existing is null || existing.Time("claimedAt") > clock.GetUtcNow() - AbandonedAfter
            || await table.GetAsync(pk, DatasetKey(existing.Str("datasetId")), cancellationToken) is not null)
        {
            return false;
        }
        var takeOver = new Update("SET datasetId = :id, claimedAt = :at", "datasetId = :old")
            .Value(":id", dataset.Id).Value(":at", guard["claimedAt"]).Value(":old", existing.Str("datasetId"));
        return await table.TryUpdateAsync(pk, NameKey(dataset.Name), takeOver, cancellationToken) is not null;
    }

    private static Dataset Read(string tenantId, Dictionary<string, AttributeValue> item) =>
        new(item.Str(TableKeys.Sk)["DATASET#".Length..], tenantId, item.Str("name"), item.Time("createdAt"))
        {
            RetentionDays = item.LongOrNull("retentionDays") is { } days ? (int)days : null,
        };

    private static string DatasetKey(string datasetId) => "DATASET#" + datasetId;

    private static string NameKey(string name) => "DATASET_NAME#" + name;
}
