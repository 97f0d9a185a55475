namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// The first or last run of a test on a day: whether it failed, whether it carries the flaky flag, whether its
/// neighbour on the same day (the next run for the first, the previous for the last) passed, null when it is the
/// day's only run, and when its last execution ran (a flaky run's time).
/// </summary>
public sealed record RunEnd(bool Failed, bool Flagged, bool? NeighbourPassed, DateTimeOffset EndedAt);
