using Dot.Domain.Results;

namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// One test's final executions in one dataset on one UTC day (by the time each execution ran): their counts by
/// status, the test's runs that day (<see cref="DayRuns"/>, for flaky tests) and the durations of those that were
/// not skipped (<see cref="DurationStatistics"/>, for slowest tests). Everything in it depends on that day's
/// executions only, so a write recomputes exactly the days it touched, and a window's answer merges whole days.
/// </summary>
public sealed record TestDayRollup(
    string TenantId, string DatasetId, DateOnly Day, TestKey Test, TestSummary Executions, DayRuns Runs, DurationStatistics Durations);
