namespace Dot.Domain.Analytics;

/// <summary>
/// Port: counters that move on after every write of analytics data, shared by every instance that caches answers
/// over one analytics store (docs/decisions/0006-analytics-cache.md): one per dataset, and one per tenant for writes
/// that cannot say which datasets they touched (an upload deleted by id). Each counter counts the advances that named
/// it and only grows, so the version of a scope changes exactly when one of its datasets, or its tenant, was advanced.
/// </summary>
public interface IDataVersions
{
    /// <summary>The tenant's counter and the sum of the counters of the scope's datasets, as of now.</summary>
    Task<ScopeVersion> CurrentAsync(AnalyticsScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Moves each named dataset's counter on by one, or the tenant's when none is named. Called once a write is
    /// visible to readers (after its commit), never before.
    /// </summary>
    Task AdvanceAsync(string tenantId, IReadOnlyCollection<string> datasetIds, CancellationToken cancellationToken);
}

/// <summary>What an answer is cached under besides its query: the tenant's counter and the sum of its datasets'.</summary>
public readonly record struct ScopeVersion(long Tenant, long Datasets);
