namespace Dot.Domain.Analytics;

/// <summary>
/// A count over time: documents of <see cref="Scope"/> whose time falls in <see cref="Window"/>, in the buckets of
/// <see cref="Histogram"/>, every bucket of the window answered (empty ones too). Which time, and which documents,
/// the derived query says.
/// </summary>
public abstract record TrendQuery : IAnalyticsQuery, ILimitedQuery
{
    protected TrendQuery(AnalyticsScope scope, TimeWindow window, DateHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(histogram);
        (Scope, Window, Histogram) = (scope, window, histogram);
    }

    public AnalyticsScope Scope { get; }

    public TimeWindow Window { get; }

    public DateHistogram Histogram { get; }

    public string? Validate(AnalyticsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limits.Check(Window, Histogram);
    }
}
