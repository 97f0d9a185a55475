using Dot.Domain.Analytics;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// The analytics cache's data versions on the table, so that a write through any instance makes every instance's
/// cached answers about its datasets stale: a counter item per dataset (<c>DATA_VERSION#dataset</c>) and one per
/// tenant (<c>DATA_VERSION</c>) in the tenant's partition, moved on by atomic <c>ADD</c>s. Reading a scope's version
/// is one strongly consistent query of the tenant's counters, so the first question after a write on any instance is
/// answered from the store (docs/decisions/0006-analytics-cache.md weighs this against a short local lifetime).
/// </summary>
public sealed class DynamoDataVersions(DynamoTable table) : IDataVersions
{
    private const string TenantKey = "DATA_VERSION";
    private const string DatasetPrefix = TenantKey + "#";
    private const string Counter = "counter";

    public async Task<ScopeVersion> CurrentAsync(AnalyticsScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counters = (await table.QueryPrefixAsync(TableKeys.Tenant(scope.TenantId), TenantKey, cancellationToken))
            .ToDictionary(item => item.Str(TableKeys.Sk), item => item.Long(Counter), StringComparer.Ordinal);
        var datasets = scope.DatasetIds.Sum(dataset => counters.GetValueOrDefault(DatasetPrefix + dataset));
        return new ScopeVersion(counters.GetValueOrDefault(TenantKey), datasets);
    }

    public async Task AdvanceAsync(string tenantId, IReadOnlyCollection<string> datasetIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasetIds);
        var pk = TableKeys.Tenant(tenantId);
        var keys = datasetIds.Count == 0 ? [TenantKey] : datasetIds.Select(dataset => DatasetPrefix + dataset).ToList();
        await Task.WhenAll(keys.Select(sk => table.TryUpdateAsync(pk, sk, Increment(), cancellationToken)));
    }

    private static Update Increment() => new Update("ADD #counter :one", condition: null).Name("#counter", Counter).Value(":one", 1);
}
