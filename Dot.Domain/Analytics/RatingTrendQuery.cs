namespace Dot.Domain.Analytics;

/// <summary>The reviews of <see cref="TrendQuery.Scope"/> per bucket of the time they were written, and their average rating.</summary>
public sealed record RatingTrendQuery : TrendQuery, IAnalyticsQuery<IReadOnlyList<RatingBucket>>
{
    public RatingTrendQuery(AnalyticsScope scope, TimeWindow window, DateHistogram histogram)
        : base(scope, window, histogram)
    {
    }
}

/// <summary>The reviews of one bucket: how many, and their mean rating (null for none).</summary>
public sealed record RatingBucket(DateTimeOffset Start, long Count, double? AverageRating);
