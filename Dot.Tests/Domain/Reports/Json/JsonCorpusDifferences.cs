namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Where our counts for a JSON report of the corpus differ from the oracle's on purpose (<see cref="KnownDifference"/>,
/// checked by <see cref="ReportCorpus.AssertParsesToTheOracleCounts"/>), and the JSON reports the format detector does
/// not recognise.
/// </summary>
internal static class JsonCorpusDifferences
{
    public static IReadOnlyDictionary<string, KnownDifference> ByFile { get; } = new Dictionary<string, KnownDifference>
    {
        ["mocha/tests.json"] = new(
            "The oracle counts a failed test whose err has an 'errorMode' as an error. errorMode is no Mocha property: the "
            + "Unexpected assertion library sets it on its own errors to choose how its message is rendered. The test "
            + "'Test .clone() should copy the title' failed an assertion (expected 'To be cloned' to be 'Not to be cloned'), "
            + "so we count it as failed, as Mocha itself does (it lists it under failures).",
            new Dictionary<string, int> { ["tests_fail"] = 2, ["tests_error"] = 0, ["runs_fail"] = 2, ["runs_error"] = 0 }),
    };

    public static IReadOnlyDictionary<string, string> Undetected { get; } = new Dictionary<string, string>();
}
