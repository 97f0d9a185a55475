using Dot.Domain.WorkItems;

namespace Dot.Domain.Analytics;

/// <summary>
/// A page of the current work items (the latest upload of each key) of <see cref="Scope"/>, by key, optionally of one
/// type, after <see cref="AfterKey"/>. A key is unique within its dataset only, so
/// callers page one dataset at a time.
/// </summary>
public sealed record WorkItemsQuery(AnalyticsScope Scope, WorkItemType? Type, int Limit, string? AfterKey)
    : IAnalyticsQuery<IReadOnlyList<WorkItemDocument>>, IPageQuery;
