using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Serves repeated dashboard questions from memory and keeps the answers fresh: every write through this store
/// moves its tenant's data version on once the write is visible, and answers are kept per (query, version), so the
/// first question after an ingest is computed anew. Queries are values that name their tenant, so one tenant's
/// answer can never be found by another's question. Pages of raw results, runs and work items go straight to the
/// store: they are browsed, not refreshed, and their documents are large. It owns the store it wraps and closes it.
/// </summary>
public sealed class CachingAnalyticsStore(IAnalyticsStore inner, long maxBytes) : IAnalyticsStore, IDisposable, IAsyncDisposable
{
    private readonly CoalescingCache _cache = new(maxBytes);
    private readonly TenantDataVersions _versions = new();

    public Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.ReplaceUploadResultsAsync(tenantId, uploadId, results, cancellationToken));

    public Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.ReplaceUploadWorkItemsAsync(tenantId, uploadId, items, cancellationToken));

    public Task<TestSummary> GetTestSummaryAsync(TestSummaryQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.TenantId, inner.GetTestSummaryAsync, cancellationToken);

    public Task<IReadOnlyList<TestRunSummary>> ListTestRunsAsync(TestRunsQuery query, CancellationToken cancellationToken) =>
        inner.ListTestRunsAsync(query, cancellationToken);

    public Task<IReadOnlyList<WorkItemDocument>> ListWorkItemsAsync(WorkItemsQuery query, CancellationToken cancellationToken) =>
        inner.ListWorkItemsAsync(query, cancellationToken);

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregationQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.AggregateAsync, cancellationToken);

    public Task<IReadOnlyList<TestResultHit>> SearchTestResultsAsync(TestResultSearch query, CancellationToken cancellationToken) =>
        inner.SearchTestResultsAsync(query, cancellationToken);

    public Task<IReadOnlyList<FlakyTest>> ListFlakyTestsAsync(FlakyTestsQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.ListFlakyTestsAsync, cancellationToken);

    public Task<IReadOnlyList<DefectGroup>> SummarizeDefectsAsync(DefectSummaryQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.SummarizeDefectsAsync, cancellationToken);

    public Task<IReadOnlyList<DefectAgeCount>> AgeOpenDefectsAsync(DefectAgingQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.AgeOpenDefectsAsync, cancellationToken);

    public Task<IReadOnlyList<CountBucket>> CountResolvedWorkItemsAsync(WorkItemThroughputQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.CountResolvedWorkItemsAsync, cancellationToken);

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.UpsertReviewsAsync(tenantId, reviews, cancellationToken));

    public Task<IReadOnlyList<RatingBucket>> GetRatingTrendAsync(RatingTrendQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, q => q.Scope.TenantId, inner.GetRatingTrendAsync, cancellationToken);

    // The shared computation runs without the caller's token: another caller may be waiting for the same answer.
    private Task<T> ReadAsync<TQuery, T>(
        TQuery query, Func<TQuery, string> tenantOf, Func<TQuery, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where TQuery : class
    {
        ArgumentNullException.ThrowIfNull(query);
        return _cache.GetOrComputeAsync((query, _versions.Current(tenantOf(query))), () => read(query, CancellationToken.None), cancellationToken);
    }

    private async Task<long> WriteAsync(string tenantId, Func<Task<long>> write)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _versions.Advance(tenantId);
        }
    }

    public void Dispose()
    {
        _cache.Dispose();
        (inner as IDisposable)?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _cache.Dispose();
        if (inner is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }
}
