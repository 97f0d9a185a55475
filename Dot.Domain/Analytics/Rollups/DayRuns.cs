namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// A test's runs on one day (runs where it was only skipped left out), ordered as the flaky definition orders them
/// (decision 0005): how many, how many are flaky from what the day alone shows (the flag, or a fail between a pass
/// before and a pass after on the same day), and the first and last run, whose other neighbour lies on another day.
/// Merging consecutive days of a window adds <see cref="Flaky"/> and decides the first and last runs with the
/// neighbouring days' <see cref="Last"/> and <see cref="First"/> (decision 0015); a window's first and last day have
/// no neighbour beyond it, exactly as the definition reads the window.
/// </summary>
public sealed record DayRuns(long Count, long Flaky, DateTimeOffset? LastFlakyAt, RunEnd? First, RunEnd? Last)
{
    public static readonly DayRuns None = new(0, 0, null, null, null);
}
