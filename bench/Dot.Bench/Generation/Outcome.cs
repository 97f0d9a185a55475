namespace Dot.Bench.Generation;

internal enum Outcome
{
    Passed,
    Failed,
    Errored,
    Skipped,
}

/// <summary>
/// What a catalog test does in a given run: disabled tests are skipped, flaky tests fail in every other run (so they
/// flip between consecutive runs), and any other test fails in 1.5 % of runs (a fifth of those as errors), which
/// makes about 2 % failures in all. Durations vary log-normally around the test's median.
/// </summary>
internal static class Outcomes
{
    public static Outcome Of(ulong seed, int run, CatalogSuite suite, CatalogTest test)
    {
        if (test.Disabled)
        {
            return Outcome.Skipped;
        }
        if (test.Flaky)
        {
            return (run + test.Index) % 2 == 0 ? Outcome.Failed : Outcome.Passed;
        }
        var draw = Determinism.Unit(Determinism.Hash(seed, 10 + run, suite.Index, test.Index));
        return draw < 0.003 ? Outcome.Errored : draw < 0.015 ? Outcome.Failed : Outcome.Passed;
    }

    public static double DurationSeconds(ulong seed, int run, CatalogSuite suite, CatalogTest test, Outcome outcome) =>
        outcome == Outcome.Skipped
            ? 0
            : test.MedianSeconds * Math.Exp(0.35 * Determinism.Normal(Determinism.Hash(seed ^ 0xD00D, run, suite.Index, test.Index)));
}
