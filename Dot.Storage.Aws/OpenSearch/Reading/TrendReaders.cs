using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>The trends over work items and reviews, each a <see cref="Histograms"/> search.</summary>
internal static class TrendReaders
{
    /// <summary>Current Done items (of the type), per bucket of their resolution time.</summary>
    public static Task<IReadOnlyList<CountBucket>> ThroughputAsync(TenantIndex index, WorkItemThroughputQuery query, CancellationToken cancellationToken) =>
        Histograms.ReadAsync(index, DocumentKind.WorkItems, query, "resolved", WorkItemConditions.Current(query.Type, WorkItemConditions.Done), null,
            (start, bucket) => new CountBucket(start, bucket.DocCount), start => new CountBucket(start, 0), cancellationToken);

    /// <summary>Reviews and their mean rating per bucket of when they were written.</summary>
    public static Task<IReadOnlyList<RatingBucket>> RatingsAsync(TenantIndex index, RatingTrendQuery query, CancellationToken cancellationToken) =>
        Histograms.ReadAsync(index, DocumentKind.Reviews, query, "reviewed_at", Query.All([]),
            new Dictionary<string, Aggregation> { ["rating"] = new() { Avg = new FieldName("rating") } },
            (start, bucket) => new RatingBucket(start, bucket.DocCount, bucket.Aggregates.Value("rating").Value),
            start => new RatingBucket(start, 0, null), cancellationToken);
}
