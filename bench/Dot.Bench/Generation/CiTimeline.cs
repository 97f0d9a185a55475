namespace Dot.Bench.Generation;

/// <summary>When a CI client's runs happen: the first starts at <see cref="FirstStart"/>, each next one <see cref="Spacing"/> later.</summary>
internal sealed record CiTimeline(DateTimeOffset FirstStart, TimeSpan Spacing)
{
    /// <summary>
    /// Runs as a CI job makes them: after everything the history holds (its last run starts at most 45 minutes after
    /// the window's end), on the day after the window, one after the other (a CI report's run takes up to about ten
    /// minutes).
    /// </summary>
    public static CiTimeline Now { get; } = new(Workloads.WindowEnd + TimeSpan.FromHours(3), TimeSpan.FromMinutes(15));

    /// <summary>Runs into the middle of the window's last day, a minute apart (so overlapping), among the runs the history holds there: a backfill.</summary>
    public static CiTimeline Backfill { get; } = new(Workloads.WindowEnd - TimeSpan.FromHours(20), TimeSpan.FromMinutes(1));

    /// <summary>The end of a dashboard window that ends "now": an hour after the start of the last of <paramref name="runs"/> runs.</summary>
    public DateTimeOffset EndAfter(int runs) => FirstStart + Spacing * (runs - 1) + TimeSpan.FromHours(1);
}
