using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Analytics;

/// <summary>Queries are values: two built apart from the same parts are equal, so a cache finds one by the other.</summary>
public sealed class QueryEqualityTests
{
    private static readonly TimeWindow Month = new(new DateTimeOffset(2025, 5, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero));

    private static AggregationQuery TopFailingTests(string dataset, TestStatus status, double percentile) =>
        new(AnalyticsScope.Of("ten_1", [dataset]), Month, new ResultFilter { Statuses = [status], Suite = "checkout" },
            [Metric.Count, Metric.DurationPercentile(percentile)], groupBy: new GroupBy([ResultField.Suite, ResultField.Name], 10, BucketOrder.Descending(Metric.Count)));

    [Fact]
    public void AggregationsBuiltApartFromEqualParts_AreEqual_WithEqualHashes()
    {
        var first = TopFailingTests("dst_1", TestStatus.Failed, 0.95);
        var second = TopFailingTests("dst_1", TestStatus.Failed, 0.95);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("dst_2", TestStatus.Failed, 0.95)]
    [InlineData("dst_1", TestStatus.Errored, 0.95)]
    [InlineData("dst_1", TestStatus.Failed, 0.5)]
    public void AggregationsDifferingInAListedPart_AreNotEqual(string dataset, TestStatus status, double percentile)
    {
        Assert.NotEqual(TopFailingTests("dst_1", TestStatus.Failed, 0.95), TopFailingTests(dataset, status, percentile));
    }

    [Fact]
    public void ScopesOfOneTenant_DifferByTheirDatasets()
    {
        Assert.Equal(AnalyticsScope.Of("ten_1", "dst_1", "dst_2"), AnalyticsScope.Of("ten_1", "dst_1", "dst_2"));
        Assert.NotEqual(AnalyticsScope.Of("ten_1", "dst_1", "dst_2"), AnalyticsScope.Of("ten_1", "dst_1"));
        Assert.NotEqual(AnalyticsScope.Of("ten_1", "dst_1"), AnalyticsScope.Of("ten_2", "dst_1"));
    }

    [Fact]
    public void SearchesBuiltApart_AreEqual()
    {
        TestResultSearch Search() => new(AnalyticsScope.Of("ten_1", "dst_1"), Month, new ResultFilter { Statuses = [TestStatus.Failed] }, ResultSort.Newest, 50);

        Assert.Equal(Search(), Search());
    }
}
