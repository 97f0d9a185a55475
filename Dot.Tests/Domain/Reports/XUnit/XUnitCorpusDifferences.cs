namespace Dot.Tests.Domain.Reports.XUnit;

/// <summary>
/// Where our xUnit.net counts differ from the oracle's on purpose (<see cref="KnownDifference"/>), and the xUnit.net
/// reports the format detector does not recognise (none so far).
/// </summary>
/// <remarks>
/// The oracle turns xUnit.net into JUnit with an XSLT (xunit-to-junit) that names each test by its <c>method</c> and
/// classes it by its <c>type</c>, and takes the runs from the assembly's total, failed and skipped attributes.
/// Worth knowing: the files under <c>xunit/mstest/</c> are xUnit.net reports (v2, and v1 for pickles.xml), not MSTest;
/// detection and this test go by content, not by folder.
/// </remarks>
internal static class XUnitCorpusDifferences
{
    private const string TheoryRows =
        "Each row of a theory is a test of its own for us: we name a test by its display name (without the class prefix), "
        + "which holds the row's arguments, where the oracle names it by its method, so that the rows of one theory are "
        + "one test with the most severe outcome.";

    public static IReadOnlyDictionary<string, KnownDifference> ByFile { get; } = new Dictionary<string, KnownDifference>
    {
        ["xunit/mstest/fixie.xml"] = new(
            TheoryRows + " ShouldBeString runs for \"A\", \"B\" (passed) and 123 (failed): three tests for us, one failed for the oracle.",
            new Dictionary<string, int> { ["tests"] = 7, ["tests_succ"] = 3 }),

        ["xunit/mstest/pickles.xml"] = new(
            TheoryRows + " AddingSeveralNumbers runs for two rows, both passed: two tests for us, one for the oracle.",
            new Dictionary<string, int> { ["tests"] = 4, ["tests_succ"] = 3 }),

        ["xunit/mstest/jenkinsci/testcase2.xml"] = new(
            "The assembly claims total='3' passed='1' failed='1' skipped='1' but holds one test (passed). The oracle's runs "
            + "come from those attributes; we report the executions the file shows rather than invent two nameless results.",
            new Dictionary<string, int> { ["runs"] = 1, ["runs_skip"] = 0, ["runs_fail"] = 0 }),
    };

    public static IReadOnlyDictionary<string, string> Undetected { get; } = new Dictionary<string, string>();
}
