using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Api.Faults;

/// <summary>The failure a full disk raises on Linux: an <see cref="IOException"/> carrying <c>ENOSPC</c>.</summary>
internal static class DiskFullFailures
{
    public static IOException NoSpace() => new("No space left on device", 28);
}

/// <summary>An analytics store whose disk is full for its first result write, then has room again.</summary>
internal sealed class OnceFullAnalyticsWriter(IAnalyticsWriter inner) : IAnalyticsWriter
{
    private int _writes;

    public TaskCompletionSource Refused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _writes) == 1)
        {
            Refused.TrySetResult();
            throw DiskFullFailures.NoSpace();
        }
        return inner.ReplaceUploadResultsAsync(tenantId, uploadId, results, cancellationToken);
    }

    public Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        inner.ReplaceUploadWorkItemsAsync(tenantId, uploadId, items, cancellationToken);

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken) =>
        inner.UpsertReviewsAsync(tenantId, reviews, cancellationToken);

    public Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken) =>
        inner.RemoveWorkItemsExceptAsync(tenantId, datasetId, keep, cancellationToken);

    public Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        inner.DeleteUploadAsync(tenantId, uploadId, cancellationToken);

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        inner.DeleteReviewsBeforeAsync(tenantId, datasetId, before, limit, cancellationToken);
}
