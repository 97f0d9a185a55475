using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Analytics;

public sealed class AggregationQueryTests
{
    private static readonly AnalyticsScope Scope = AnalyticsScope.Of("ten_1", "dst_1");
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeWindow Month = new(Now.AddDays(-30), Now);

    private static AggregationQuery Trend(TimeWindow window, HistogramInterval interval, ResultFilter? filter = null) =>
        new(Scope, window, filter ?? ResultFilter.None, [Metric.StatusCounts], new DateHistogram(interval));

    [Fact]
    public void Validate_ADailyTrendOverAMonth_IsFine()
    {
        Assert.Null(Trend(Month, HistogramInterval.Day).Validate(AnalyticsLimits.Standard));
    }

    [Fact]
    public void Validate_MoreBucketsThanTheLimit_SaysSo()
    {
        var error = Trend(Month, HistogramInterval.Hour).Validate(AnalyticsLimits.Standard with { MaxBuckets = 100 });

        Assert.Equal("The window holds more than 100 HOUR buckets; ask for a shorter window or a wider interval.", error);
    }

    [Fact]
    public void Validate_AWindowWiderThanTheLimit_SaysSo()
    {
        var error = Trend(new TimeWindow(Now.AddDays(-401), Now), HistogramInterval.Month).Validate(AnalyticsLimits.Standard);

        Assert.Contains("at most 400 days", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MoreGroupsThanTheLimit_SaysSo()
    {
        var query = new AggregationQuery(Scope, Month, ResultFilter.None, [Metric.Count], groupBy: GroupBy.Test(1001, BucketOrder.ByKey));

        Assert.Equal("At most 1000 groups can be asked for.", query.Validate(AnalyticsLimits.Standard));
    }

    [Theory]
    [InlineData("status", "'status' needs at least one value; leave it out for every status.")]
    [InlineData("suite", "'suite' may be at most 2048 characters.")]
    [InlineData("nameContains", "'nameContains' may be at most 2048 characters.")]
    public void Validate_AFilterThatCannotBeServed_SaysWhy(string condition, string expected)
    {
        var tooLong = new string('x', ResultFilter.MaxTextLength + 1);
        var filter = condition switch
        {
            "status" => new ResultFilter { Statuses = [] },
            "suite" => new ResultFilter { Suite = tooLong },
            _ => new ResultFilter { NameContains = tooLong, Statuses = [TestStatus.Failed] },
        };

        Assert.Equal(expected, Trend(Month, HistogramInterval.Day, filter).Validate(AnalyticsLimits.Standard));
    }

    [Fact]
    public void Constructor_RefusesQueriesNoStoreCouldTranslate()
    {
        var p95 = Metric.DurationPercentile(0.95);

        Assert.Throws<ArgumentException>(() => new AggregationQuery(Scope, Month, ResultFilter.None, []));
        Assert.Throws<ArgumentException>(() => new AggregationQuery(Scope, Month, ResultFilter.None, [Metric.Count, Metric.Count]));
        Assert.Throws<ArgumentException>(() => new AggregationQuery(Scope, Month, ResultFilter.None, [Metric.Count],
            new DateHistogram(HistogramInterval.Day), GroupBy.Test(10, BucketOrder.ByKey)));
        Assert.Throws<ArgumentException>(() => new AggregationQuery(Scope, Month, ResultFilter.None, [Metric.Count],
            groupBy: GroupBy.Test(10, BucketOrder.Descending(p95))));
        Assert.Throws<ArgumentException>(() => new AggregationQuery(Scope, Month, ResultFilter.None, [Metric.StatusCounts],
            groupBy: GroupBy.Test(10, BucketOrder.Descending(Metric.StatusCounts))));
        Assert.Throws<ArgumentException>(() => new GroupBy([ResultField.Suite, ResultField.Suite], 10, BucketOrder.ByKey));
    }

    [Fact]
    public void Metrics_AreValues_AndOnlyMeaningfulOnesCanBeMade()
    {
        Assert.Equal(Metric.DurationPercentile(0.95), Metric.DurationPercentile(0.95));
        Assert.NotEqual(Metric.Min(MetricField.Duration), Metric.Min(MetricField.Timestamp));
        Assert.Throws<ArgumentOutOfRangeException>(() => Metric.DurationPercentile(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Metric.Max(MetricField.FailureMessage));
    }

    [Fact]
    public void Bucket_ReadsEachMetricWithItsType_AndRefusesMetricsNotAskedFor()
    {
        var bucket = AggregateBucket.Empty(Now, [Metric.Count, Metric.AverageDuration]);

        Assert.Equal(0, bucket.Count(Metric.Count));
        Assert.Null(bucket.Number(Metric.AverageDuration));
        Assert.Throws<KeyNotFoundException>(() => bucket.Count(Metric.DistinctTests));
        Assert.Throws<InvalidOperationException>(() => bucket.Text(Metric.Count));
    }
}
