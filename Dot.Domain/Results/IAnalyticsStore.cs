using Dot.Domain.Analytics;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Results;

/// <summary>
/// Port: the analytics store, where documents are kept for aggregation. Every read is scoped to the tenant it
/// names; adapters add that filter themselves, so no caller can forget it.
/// </summary>
public interface IAnalyticsStore
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

    /// <summary>Counts of final executions: an execution a later upload of the same run repeated does not count.</summary>
    Task<TestSummary> GetTestSummaryAsync(TestSummaryQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<TestRunSummary>> ListTestRunsAsync(TestRunsQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces, atomically and all or nothing like <see cref="ReplaceUploadResultsAsync"/>, the work items of an
    /// upload. A work item is a snapshot: the latest upload of a key supersedes the dataset's earlier ones.
    /// </summary>
    Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkItemDocument>> ListWorkItemsAsync(WorkItemsQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The buckets of an aggregation over final executions, with their metrics: a histogram's buckets in time order,
    /// every one of the window (empty ones too); a group-by's in its order, at most its size; otherwise one bucket.
    /// </summary>
    Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregationQuery query, CancellationToken cancellationToken);

    /// <summary>A page of final executions in the search's order, after its cursor.</summary>
    Task<IReadOnlyList<TestResultHit>> SearchTestResultsAsync(TestResultSearch query, CancellationToken cancellationToken);

    /// <summary>The flakiest tests, as <see cref="FlakyTestsQuery"/> defines them.</summary>
    Task<IReadOnlyList<FlakyTest>> ListFlakyTestsAsync(FlakyTestsQuery query, CancellationToken cancellationToken);

    /// <summary>The current defects created in the query's window, per value of its field (<see cref="DefectSummaryQuery"/>).</summary>
    Task<IReadOnlyList<DefectGroup>> SummarizeDefectsAsync(DefectSummaryQuery query, CancellationToken cancellationToken);

    /// <summary>The defects open at the query's time, one count per <see cref="DefectAge.Buckets"/> range, in that order.</summary>
    Task<IReadOnlyList<DefectAgeCount>> AgeOpenDefectsAsync(DefectAgingQuery query, CancellationToken cancellationToken);

    /// <summary>Current work items resolved per bucket, every bucket of the window in time order (empty ones too).</summary>
    Task<IReadOnlyList<CountBucket>> CountResolvedWorkItemsAsync(WorkItemThroughputQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="reviews"/> of <paramref name="tenantId"/>, replacing the stored review of the same
    /// dataset, source and id (within the batch the last one wins), atomically: if enumerating throws or a review
    /// belongs to another tenant, nothing changes and the exception propagates. Returns how many were stored.
    /// </summary>
    Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken);

    /// <summary>Reviews and their average rating per bucket, every bucket of the window in time order (empty ones too).</summary>
    Task<IReadOnlyList<RatingBucket>> GetRatingTrendAsync(RatingTrendQuery query, CancellationToken cancellationToken);
}
