using Dot.Domain.Reviews;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Stores a batch of one tenant's reviews, replacing the stored ones of the same dataset, source and id, inside the
/// caller's transaction: the batch is appended to a temporary table, its keys deleted from <c>reviews</c>, and it
/// is copied in. The batch is read whole first (a review batch is a connector's page, not a 200 MB report), so a
/// duplicate id keeps its last version and a review of another tenant refuses the batch before anything is written.
/// </summary>
internal static class DuckDbReviewUpsert
{
    private const string Batch = "review_batch";

    private const string Replace = $"""
        DELETE FROM {DuckDbSchema.Reviews} AS stored USING {Batch} AS batch
        WHERE stored.tenant_id = batch.tenant_id AND stored.dataset_id = batch.dataset_id
          AND stored.source = batch.source AND stored.review_id = batch.review_id;
        INSERT INTO {DuckDbSchema.Reviews} SELECT * FROM {Batch};
        DROP TABLE {Batch};
        """;

    public static List<ReviewDocument> LatestOfEach(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<(string Dataset, string Source, string Id), ReviewDocument>();
        foreach (var review in reviews)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(review, nameof(reviews));
            if (!string.Equals(review.TenantId, tenantId, StringComparison.Ordinal))
            {
                throw new ArgumentException("A review belongs to another tenant than the one being written.", nameof(reviews));
            }
            latest[(review.DatasetId, review.Source, review.ReviewId)] = review;
        }
        return latest.Values.ToList();
    }

    public static long Apply(DuckDBConnection connection, IReadOnlyList<ReviewDocument> reviews)
    {
        connection.Execute($"CREATE TEMP TABLE {Batch} AS SELECT * FROM {DuckDbSchema.Reviews} LIMIT 0");
        using (var appender = connection.CreateAppender(Batch))
        {
            foreach (var review in reviews)
            {
                DuckDbReviewRows.Append(appender, review);
            }
        }
        connection.Execute(Replace);
        return reviews.Count;
    }
}
