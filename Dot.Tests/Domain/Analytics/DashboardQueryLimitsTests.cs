using Dot.Domain.Analytics;

namespace Dot.Tests.Domain.Analytics;

/// <summary>The defect, work-item and review queries are held to the same limits as aggregations over results.</summary>
public sealed class DashboardQueryLimitsTests
{
    private static readonly AnalyticsScope Scope = AnalyticsScope.Of("ten_1", "dst_1");
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeWindow Month = new(Now.AddDays(-30), Now);
    private static readonly TimeWindow TwoYears = new(Now.AddDays(-730), Now);

    public static TheoryData<ILimitedQuery, string?> Queries => new()
    {
        { new DefectSummaryQuery(Scope, Month, DefectGroupField.Severity, 100), null },
        { new DefectSummaryQuery(Scope, TwoYears, DefectGroupField.Component, 100), "The window may span at most 400 days; ask for a shorter one." },
        { new DefectSummaryQuery(Scope, Month, DefectGroupField.Component, 1001), "At most 1000 groups can be asked for." },
        { new WorkItemThroughputQuery(Scope, Month, new DateHistogram(HistogramInterval.Day)), null },
        { new WorkItemThroughputQuery(Scope, Month, new DateHistogram(HistogramInterval.Hour)), "The window holds more than 500 HOUR buckets; ask for a shorter window or a wider interval." },
        { new RatingTrendQuery(Scope, TwoYears, new DateHistogram(HistogramInterval.Month)), "The window may span at most 400 days; ask for a shorter one." },
        { new RatingTrendQuery(Scope, Month, new DateHistogram(HistogramInterval.Week)), null },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Validate_SaysWhichLimitAQueryGoesPast(ILimitedQuery query, string? problem)
    {
        Assert.Equal(problem, query.Validate(AnalyticsLimits.Standard with { MaxBuckets = 500 }));
    }

    [Fact]
    public void DefectAges_CoverEveryAge_InOrder_WithoutGaps()
    {
        var ages = DefectAge.Buckets;

        Assert.Equal(TimeSpan.Zero, ages[0].From);
        Assert.Null(ages[^1].To);
        Assert.All(ages.Zip(ages.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
    }
}
