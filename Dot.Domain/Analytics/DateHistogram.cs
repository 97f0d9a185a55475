namespace Dot.Domain.Analytics;

/// <summary>
/// Buckets on the time a test ran, one per <see cref="Interval"/>, covering the whole window of the query: the first
/// bucket starts at or before the window's start, the last holds its end, and a bucket without results is still one.
/// A bucket is named by its start (UTC).
/// </summary>
public sealed record DateHistogram(HistogramInterval Interval)
{
    /// <summary>The start of the bucket that holds <paramref name="time"/>.</summary>
    public DateTimeOffset BucketOf(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var start = Interval switch
        {
            HistogramInterval.Hour => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc),
            HistogramInterval.Day => utc.Date,
            HistogramInterval.Week => utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)),
            HistogramInterval.Month => new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(time), Interval, "Unknown interval."),
        };
        return new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc));
    }

    /// <summary>The start of the bucket after the one starting at <paramref name="start"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset start) => Interval switch
    {
        HistogramInterval.Hour => start.AddHours(1),
        HistogramInterval.Day => start.AddDays(1),
        HistogramInterval.Week => start.AddDays(7),
        HistogramInterval.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(start), Interval, "Unknown interval."),
    };

    /// <summary>The starts of every bucket of <paramref name="window"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> BucketStarts(TimeWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        for (var start = BucketOf(window.From); start < window.To; start = Next(start))
        {
            yield return start;
        }
    }

    /// <summary>How many buckets <paramref name="window"/> has, counting no further than <paramref name="atMost"/> + 1.</summary>
    public int CountBuckets(TimeWindow window, int atMost) => BucketStarts(window).Take(atMost + 1).Count();
}
