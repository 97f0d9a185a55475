using System.Collections.Concurrent;
using Dot.Domain.Analytics;

namespace Dot.Storage.Embedded.Caching;

/// <summary>
/// The data versions in this process's memory: right for the embedded mode, where one process owns the analytics
/// store and every write to it goes through this process. Lost at a restart, which also empties the cache they key.
/// </summary>
public sealed class InProcessDataVersions : IDataVersions
{
    private readonly ConcurrentDictionary<string, long> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Dataset), long> _datasets = new();

    public Task<ScopeVersion> CurrentAsync(AnalyticsScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var datasets = scope.DatasetIds.Sum(dataset => _datasets.GetValueOrDefault((scope.TenantId, dataset)));
        return Task.FromResult(new ScopeVersion(_tenants.GetValueOrDefault(scope.TenantId), datasets));
    }

    public Task AdvanceAsync(string tenantId, IReadOnlyCollection<string> datasetIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(datasetIds);
        if (datasetIds.Count == 0)
        {
            _tenants.AddOrUpdate(tenantId, 1, (_, version) => version + 1);
            return Task.CompletedTask;
        }
        foreach (var dataset in datasetIds)
        {
            _datasets.AddOrUpdate((tenantId, dataset), 1, (_, version) => version + 1);
        }
        return Task.CompletedTask;
    }
}
