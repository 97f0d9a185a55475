namespace Dot.Portal.Api.Models;

/// <summary>Counts by outcome.</summary>
public sealed record TestSummary(long Total, long Passed, long Failed, long Errored, long Skipped, double? PassRate);
