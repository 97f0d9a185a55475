namespace Dot.Domain.Analytics;

/// <summary>A query that <see cref="AnalyticsLimits"/> may refuse before anything is read.</summary>
public interface ILimitedQuery
{
    /// <summary>Null when the query stays within <paramref name="limits"/>, else a sentence saying how it does not.</summary>
    string? Validate(AnalyticsLimits limits);
}
