namespace Dot.Portal.Api.Models;

/// <summary>App-store reviews of one day.</summary>
public sealed record RatingPoint(DateTimeOffset Bucket, long Count, double? AverageRating);
