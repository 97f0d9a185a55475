using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Writes through <paramref name="inner"/> and moves the tenant's data version on once each write has returned
/// (committed, or failed), so <see cref="CachingAnalyticsReader"/> computes the tenant's next answers anew.
/// </summary>
public sealed class VersioningAnalyticsWriter(IAnalyticsWriter inner, TenantDataVersions versions) : IAnalyticsWriter
{
    public Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.ReplaceUploadResultsAsync(tenantId, uploadId, results, cancellationToken));

    public Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.ReplaceUploadWorkItemsAsync(tenantId, uploadId, items, cancellationToken));

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.UpsertReviewsAsync(tenantId, reviews, cancellationToken));

    public Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.RemoveWorkItemsExceptAsync(tenantId, datasetId, keep, cancellationToken));

    public Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.DeleteUploadAsync(tenantId, uploadId, cancellationToken));

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.DeleteReviewsBeforeAsync(tenantId, datasetId, before, limit, cancellationToken));

    private async Task<long> WriteAsync(string tenantId, Func<Task<long>> write)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            versions.Advance(tenantId);
        }
    }
}
