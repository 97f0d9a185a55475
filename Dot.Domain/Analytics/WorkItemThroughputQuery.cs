using Dot.Domain.WorkItems;

namespace Dot.Domain.Analytics;

/// <summary>
/// Work items resolved per bucket: the current items (the latest upload of each key) of <see cref="TrendQuery.Scope"/>,
/// of <see cref="Type"/> (null: every type), whose status category is Done and whose resolution time is in the window.
/// </summary>
public sealed record WorkItemThroughputQuery : TrendQuery, IAnalyticsQuery<IReadOnlyList<CountBucket>>
{
    public WorkItemThroughputQuery(AnalyticsScope scope, TimeWindow window, DateHistogram histogram, WorkItemType? type = null)
        : base(scope, window, histogram) => Type = type;

    public WorkItemType? Type { get; }
}

/// <summary>How many documents fell into the bucket starting at <see cref="Start"/>.</summary>
public sealed record CountBucket(DateTimeOffset Start, long Count);
