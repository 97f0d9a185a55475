using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>
/// Counts of the final executions of <see cref="Scope"/>, optionally in a time window [From, To): an execution a later
/// upload of the same run repeated does not count.
/// </summary>
public sealed record TestSummaryQuery(AnalyticsScope Scope, DateTimeOffset? From, DateTimeOffset? To) : IAnalyticsQuery<TestSummary>;
