using System.Collections.Concurrent;
using Dot.Domain.Analytics;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Counters that move on after every write of analytics data: one per dataset, and one per tenant for writes that
/// cannot say which datasets they touched (an upload deleted by id). An answer is cached under the versions of its
/// scope read before it was computed, so an answer computed from data older than the newest write to its datasets is
/// never found again, while a write to another dataset of the tenant leaves it in place. The datasets' part is the sum
/// of their counters: each only grows, so the sum changes exactly when one of the scope's datasets was written.
/// </summary>
public sealed class DataVersions
{
    private readonly ConcurrentDictionary<string, long> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Dataset), long> _datasets = new();

    public ScopeVersion Current(AnalyticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var datasets = scope.DatasetIds.Sum(dataset => _datasets.GetValueOrDefault((scope.TenantId, dataset)));
        return new ScopeVersion(_tenants.GetValueOrDefault(scope.TenantId), datasets);
    }

    /// <summary>Called once a write is visible to readers (after its commit), never before.</summary>
    public void Advance(string tenantId, IReadOnlyCollection<string> datasetIds)
    {
        ArgumentNullException.ThrowIfNull(datasetIds);
        if (datasetIds.Count == 0)
        {
            _tenants.AddOrUpdate(tenantId, 1, (_, version) => version + 1);
            return;
        }
        foreach (var dataset in datasetIds)
        {
            _datasets.AddOrUpdate((tenantId, dataset), 1, (_, version) => version + 1);
        }
    }
}

/// <summary>What an answer is cached under besides its query: the tenant's counter and the sum of its datasets'.</summary>
public readonly record struct ScopeVersion(long Tenant, long Datasets);
