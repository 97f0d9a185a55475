namespace Dot.Portal.Api.Models;

/// <summary>One day of the pass-rate trend.</summary>
public sealed record PassRatePoint(DateTimeOffset Bucket, long Total, long Passed, long Failed, long Errored, long Skipped, double? PassRate);
