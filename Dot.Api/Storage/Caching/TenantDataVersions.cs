using System.Collections.Concurrent;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// A counter per tenant that moves on after every write of the tenant's analytics data. An answer is cached under
/// the version read before it was computed, so an answer computed from data older than the newest write is never
/// found again: readers that start after the write ask under the new version.
/// </summary>
public sealed class TenantDataVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Current(string tenantId) => _versions.GetValueOrDefault(tenantId);

    /// <summary>Called once a write is visible to readers (after its commit), never before.</summary>
    public void Advance(string tenantId) => _versions.AddOrUpdate(tenantId, 1, (_, version) => version + 1);
}
