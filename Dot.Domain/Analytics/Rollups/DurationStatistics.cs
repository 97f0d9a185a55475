namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// The durations, in milliseconds, of a test's measured executions (final, not skipped) on a day: count, sum, least,
/// greatest, and every duration, ascending, from which a test's exact percentiles over any set of days are computed
/// without reading its executions.
/// </summary>
public sealed record DurationStatistics(long Count, double Sum, double Min, double Max, IReadOnlyList<double> Ascending)
{
    public static readonly DurationStatistics None = new(0, 0, 0, 0, []);
}
