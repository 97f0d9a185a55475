namespace Dot.Domain.Reviews;

/// <summary>
/// An app-store review as the analytics store keeps it: where it belongs, the store or app it came from
/// (<see cref="Source"/>, e.g. <c>app-store:123456</c>), the store's id for it, and what it says. A review is a
/// snapshot: storing one with the same dataset, source and id again replaces it (its author may edit it). The
/// author's name is personal data and is not kept. Every field is Public (<see cref="ReviewClassification"/>).
/// </summary>
public sealed record ReviewDocument
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public ReviewDocument(string tenantId, string datasetId, string source, string reviewId, int rating, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(reviewId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, MinRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, MaxRating);
        (TenantId, DatasetId, Source, ReviewId, Rating, ReviewedAt) = (tenantId, datasetId, source, reviewId, rating, reviewedAt.ToUniversalTime());
    }

    public string TenantId { get; }

    public string DatasetId { get; }

    public string Source { get; }

    public string ReviewId { get; }

    /// <summary>Stars, from <see cref="MinRating"/> to <see cref="MaxRating"/>.</summary>
    public int Rating { get; }

    /// <summary>When the review was written or last edited (UTC).</summary>
    public DateTimeOffset ReviewedAt { get; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    /// <summary>The review's language, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The version of the app the review was written about.</summary>
    public string? AppVersion { get; init; }
}
