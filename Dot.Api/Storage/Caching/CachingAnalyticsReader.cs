using Dot.Api.Telemetry;
using Dot.Domain.Analytics;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Serves repeated dashboard questions from memory and keeps the answers fresh: answers are kept per (query, the data
/// versions of its scope), and every write through <see cref="VersioningAnalyticsWriter"/> moves the versions of the
/// datasets it wrote on once the write is visible, so the first question about them after an ingest is computed anew
/// while answers about the tenant's other datasets stay. Queries are values that name their
/// tenant, so one tenant's answer can never be found by another's question. Pages of raw documents
/// (<see cref="IPageQuery"/>) go straight to the reader: they are browsed, not refreshed, and their documents are large.
/// </summary>
public sealed class CachingAnalyticsReader(IAnalyticsReader inner, IDataVersions versions, long maxBytes, CacheMetrics? metrics = null) : IAnalyticsReader, IDisposable
{
    private readonly CoalescingCache _cache = new(maxBytes, metrics);

    public async Task<TResult> QueryAsync<TResult>(IAnalyticsQuery<TResult> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is IPageQuery)
        {
            return await inner.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        }
        var version = await versions.CurrentAsync(query.Scope, cancellationToken).ConfigureAwait(false);
        // The shared computation runs without the caller's token: another caller may be waiting for the same answer.
        return await _cache.GetOrComputeAsync((query, version), () => inner.QueryAsync(query, CancellationToken.None), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _cache.Dispose();
}
