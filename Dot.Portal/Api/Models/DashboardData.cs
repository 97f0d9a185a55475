namespace Dot.Portal.Api.Models;

/// <summary>Dashboard.graphql.</summary>
public sealed record DashboardData(
    IReadOnlyList<PassRatePoint> PassRateTrend,
    Connection<TestRun> TestRuns,
    IReadOnlyList<FlakyTest> FlakyTests,
    IReadOnlyList<SlowTest> SlowestTests,
    IReadOnlyList<FailureGroup> TopFailures,
    Connection<WorkItemKey> WorkItems,
    IReadOnlyList<DefectGroup> DefectSummary,
    IReadOnlyList<DefectAgeBucket> DefectAging,
    IReadOnlyList<RatingPoint> AppRatingTrend)
{
    public bool HasWorkItems => WorkItems.Edges.Count > 0;

    public bool HasReviews => AppRatingTrend.Any(point => point.Count > 0);
}
