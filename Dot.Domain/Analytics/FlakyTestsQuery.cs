namespace Dot.Domain.Analytics;

/// <summary>
/// The flakiest tests of <see cref="Scope"/> in <see cref="Window"/>, at most <see cref="Limit"/>. A test's history
/// is its runs in the window, per dataset, in the order they ran (the test's first execution in each run), each with
/// one outcome: failed when any final execution of the test in the run failed or errored, else passed; runs where
/// it was only skipped are left out. A run is flaky for the test when
/// <list type="bullet">
/// <item>an execution in it carries the flaky flag (it failed and then passed in that run: a re-run in the report
/// itself, or a later upload of the run), or</item>
/// <item>the test failed in it and passed both in the run before and in the run after (pass → fail → pass).</item>
/// </list>
/// A fail that stays failing is a breakage, and a fail followed by passes a fix; neither is flaky. The first and the
/// last run of the window have no neighbour on one side, so only their flag can make them flaky. Tests with at least
/// one flaky run are listed, the most flaky runs first, then the highest rate, then by suite, class and name.
/// </summary>
public sealed record FlakyTestsQuery : IAnalyticsQuery<IReadOnlyList<FlakyTest>>
{
    public FlakyTestsQuery(AnalyticsScope scope, TimeWindow window, int limit)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        (Scope, Window, Limit) = (scope, window, limit);
    }

    public AnalyticsScope Scope { get; }

    public TimeWindow Window { get; }

    public int Limit { get; }
}

/// <summary>A test and how flaky it was: in how many runs it ran, in how many of them it was flaky, and when last.</summary>
public sealed record FlakyTest(TestKey Test, long Runs, long FlakyRuns, DateTimeOffset LastFlakyAt)
{
    /// <summary>Flaky runs over runs, from 0 to 1.</summary>
    public double FlakeRate => Runs == 0 ? 0 : (double)FlakyRuns / Runs;
}
