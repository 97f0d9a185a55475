namespace Dot.Domain.Analytics;

/// <summary>
/// How far analytics queries may reach. A query that would scan more than <see cref="MaxWindow"/> of results is
/// refused before it runs (an error now beats a timeout later). A window given without an end stops at the end of
/// the current minute, so dashboards refreshing within a minute ask the same question and share a cached answer; one
/// without a start reaches back <see cref="DefaultWindow"/> from its end. A histogram has at most
/// <see cref="MaxBuckets"/> buckets and a group-by at most <see cref="MaxGroups"/> groups.
/// </summary>
public sealed record AnalyticsLimits(TimeSpan DefaultWindow, TimeSpan MaxWindow, int MaxBuckets, int MaxGroups)
{
    public static readonly AnalyticsLimits Standard = new(TimeSpan.FromDays(30), TimeSpan.FromDays(400), 1000, 1000);

    /// <summary>The window to query for the bounds a caller gave (either may be missing), or an error sentence.</summary>
    public (TimeWindow? Window, string? Error) ResolveWindow(DateTimeOffset now, DateTimeOffset? from, DateTimeOffset? to)
    {
        var end = to ?? EndOfMinute(now);
        var start = from ?? end - DefaultWindow;
        if (start >= end)
        {
            return (null, to is null
                ? "'from' must be before 'to', which defaults to now."
                : "'from' must be before 'to'.");
        }
        return end - start > MaxWindow
            ? (null, $"The window from 'from' to 'to' may span at most {MaxWindow.TotalDays:0} days; ask for a shorter one.")
            : (new TimeWindow(start, end), null);
    }

    /// <summary>The next whole minute after <paramref name="now"/>, or <paramref name="now"/> when it is one.</summary>
    public static DateTimeOffset EndOfMinute(DateTimeOffset now)
    {
        var partial = now.UtcTicks % TimeSpan.TicksPerMinute;
        return partial == 0 ? now : now.AddTicks(TimeSpan.TicksPerMinute - partial);
    }

    /// <summary>
    /// Null when a query over <paramref name="window"/>, in the buckets of <paramref name="histogram"/> if it has
    /// one, stays within the limits; else a sentence saying how it does not.
    /// </summary>
    public string? Check(TimeWindow window, DateHistogram? histogram = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Length > MaxWindow)
        {
            return $"The window may span at most {MaxWindow.TotalDays:0} days; ask for a shorter one.";
        }
        if (histogram is not null && histogram.CountBuckets(window, MaxBuckets) > MaxBuckets)
        {
            return $"The window holds more than {MaxBuckets} {histogram.Interval.ToString().ToUpperInvariant()} buckets; ask for a shorter window or a wider interval.";
        }
        return null;
    }
}
