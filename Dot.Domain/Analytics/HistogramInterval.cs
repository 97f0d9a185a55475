namespace Dot.Domain.Analytics;

/// <summary>The width of a date histogram's buckets: calendar units in UTC, weeks starting on Monday (ISO 8601).</summary>
public enum HistogramInterval
{
    Hour,
    Day,
    Week,
    Month,
}
