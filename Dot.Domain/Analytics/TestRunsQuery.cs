using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>
/// A page of the runs of <see cref="Scope"/>, newest last upload first, after the run the cursor names. A run id is
/// unique within its dataset only, so callers page one dataset at a time.
/// </summary>
public sealed record TestRunsQuery(AnalyticsScope Scope, int Limit, TestRunCursor? After)
    : IAnalyticsQuery<IReadOnlyList<TestRunSummary>>, IPageQuery;
