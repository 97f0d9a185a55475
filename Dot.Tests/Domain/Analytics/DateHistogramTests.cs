using Dot.Domain.Analytics;

namespace Dot.Tests.Domain.Analytics;

public sealed class DateHistogramTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(HistogramInterval.Hour, "2025-06-08T23:59:59Z", "2025-06-08T23:00:00Z")]
    [InlineData(HistogramInterval.Day, "2025-06-08T23:59:59Z", "2025-06-08T00:00:00Z")]
    [InlineData(HistogramInterval.Day, "2025-06-09T00:30:00+02:00", "2025-06-08T00:00:00Z")]
    [InlineData(HistogramInterval.Week, "2025-06-08T23:59:59Z", "2025-06-02T00:00:00Z")] // a Sunday: the week began on Monday
    [InlineData(HistogramInterval.Week, "2025-06-09T00:00:00Z", "2025-06-09T00:00:00Z")] // a Monday
    [InlineData(HistogramInterval.Month, "2025-02-28T23:59:59Z", "2025-02-01T00:00:00Z")]
    public void BucketOf_IsTheUtcStartOfTheUnitThatHoldsTheTime(HistogramInterval interval, string time, string start)
    {
        Assert.Equal(At(start), new DateHistogram(interval).BucketOf(At(time)));
    }

    [Fact]
    public void BucketStarts_CoverTheWindow_FromTheBucketOfItsStartToTheBucketOfItsEnd()
    {
        var window = new TimeWindow(At("2025-01-31T12:00:00Z"), At("2025-04-01T00:00:00Z"));

        var starts = new DateHistogram(HistogramInterval.Month).BucketStarts(window);

        Assert.Equal([At("2025-01-01T00:00:00Z"), At("2025-02-01T00:00:00Z"), At("2025-03-01T00:00:00Z")], starts);
    }

    [Fact]
    public void CountBuckets_StopsCountingPastTheLimit()
    {
        var window = new TimeWindow(At("2024-01-01T00:00:00Z"), At("2025-01-01T00:00:00Z"));

        Assert.Equal(366, new DateHistogram(HistogramInterval.Day).CountBuckets(window, 1000));
        Assert.Equal(1001, new DateHistogram(HistogramInterval.Hour).CountBuckets(window, 1000));
    }
}
