namespace Dot.Domain.Analytics;

/// <summary>
/// A query for a page of raw documents (results, runs, work items): browsed once rather than refreshed, and large, so
/// its answers are not worth keeping in a cache.
/// </summary>
public interface IPageQuery : IAnalyticsQuery;
