using Dot.Domain.Analytics;
using Dot.Domain.Reviews;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>The store's aggregates over work items and reviews, and the review writer.</summary>
public sealed partial class DuckDbAnalyticsStore
{
    public Task<IReadOnlyList<DefectGroup>> SummarizeDefectsAsync(DefectSummaryQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, DuckDbDefectSummary.ReadAsync, cancellationToken);

    public Task<IReadOnlyList<DefectAgeCount>> AgeOpenDefectsAsync(DefectAgingQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, DuckDbDefectAging.ReadAsync, cancellationToken);

    public Task<IReadOnlyList<CountBucket>> CountResolvedWorkItemsAsync(WorkItemThroughputQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, DuckDbWorkItemThroughput.ReadAsync, cancellationToken);

    public Task<IReadOnlyList<RatingBucket>> GetRatingTrendAsync(RatingTrendQuery query, CancellationToken cancellationToken) =>
        ReadAsync(query, DuckDbRatingTrend.ReadAsync, cancellationToken);

    public async Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(reviews);
        var batch = DuckDbReviewUpsert.LatestOfEach(tenantId, reviews, cancellationToken);

        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();
            return connection.InTransaction(() => DuckDbReviewUpsert.Apply(connection, batch));
        }
        finally
        {
            _writer.Release();
        }
    }
}
