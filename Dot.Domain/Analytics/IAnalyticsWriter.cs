using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Analytics;

/// <summary>
/// Port: the writing side of the analytics store, where documents are kept for aggregation (read through
/// <see cref="IAnalyticsReader"/>). Every write is one tenant's, and all or nothing.
/// </summary>
public interface IAnalyticsWriter
{
    /// <summary>
    /// Replaces, atomically, every result of <paramref name="tenantId"/>'s upload <paramref name="uploadId"/> with
    /// <paramref name="results"/>: readers see the old set or the whole new set, never a part. If enumerating
    /// <paramref name="results"/> throws, nothing changes and the exception propagates. Every document must carry
    /// the same tenant and upload. When the upload has a run key, earlier executions of its tests in that run
    /// become superseded, and a test that passed after failing in the run is flagged flaky. Returns how many
    /// results were stored.
    /// </summary>
    Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces, atomically and all or nothing like <see cref="ReplaceUploadResultsAsync"/>, the work items of an
    /// upload. A work item is a snapshot: the latest upload of a key supersedes the dataset's earlier ones.
    /// </summary>
    Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="reviews"/> of <paramref name="tenantId"/>, replacing the stored review of the same
    /// dataset, source and id (within the batch the last one wins), atomically: if enumerating throws or a review
    /// belongs to another tenant, nothing changes and the exception propagates. Returns how many were stored.
    /// </summary>
    Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken);

    /// <summary>
    /// Removes, atomically, every work item of <paramref name="tenantId"/>'s dataset <paramref name="datasetId"/>
    /// whose key is not in <paramref name="keep"/> (every snapshot of it, from any upload): what a tracker's full
    /// listing no longer holds (deleted, or moved out of the filter). Other datasets and tenants are untouched.
    /// Returns how many keys were removed.
    /// </summary>
    Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes, atomically, everything stored for an upload: its results, its work items and what is kept about its
    /// runs. Deleting an upload that has nothing stored changes nothing. Returns how many documents were deleted.
    /// </summary>
    Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes, atomically, at most <paramref name="limit"/> of the dataset's reviews written before
    /// <paramref name="before"/>; returns how many (0 once none is left).
    /// </summary>
    Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken);
}
