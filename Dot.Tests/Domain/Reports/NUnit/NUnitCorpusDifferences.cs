
namespace Dot.Tests.Domain.Reports.NUnit;

/// <summary>
/// Where our NUnit counts differ from the oracle's on purpose (<see cref="KnownDifference"/>), and the NUnit reports
/// the format detector does not recognise.
/// </summary>
/// <remarks>
/// The oracle turns NUnit into JUnit with an XSLT (nunit3-to-junit) and counts that: a test-case is an error only when its
/// result is "Error" (NUnit 2), skipped when not executed or Skipped, Ignored, NotRunnable or Inconclusive, and its
/// runs come from the suites' testcasecount, failed and skipped attributes. We read NUnit 3's label as well.
/// Not differences, but worth knowing: NUnit 2 has no class attribute, so the oracle keys NUnit 2 tests by their full
/// name and we by class and method split from it (<c>Ns.Fixture</c> and <c>Method(1)</c>); the split gives the full name
/// back, so the distinct tests are the same.
/// </remarks>
internal static class NUnitCorpusDifferences
{
    private const string ErrorLabel =
        "NUnit 3 writes a test that threw an unexpected exception as result='Failed' label='Error', and one it could not run "
        + "because it is defined wrongly as label='Invalid'. We count both as errored (TestStatus.Errored), as NUnit 2 did "
        + "with result='Error'; the oracle reads only the result and counts them as failed.";

    private const string Dtd =
        "The report declares a DTD with an external entity (<!ENTITY xxe SYSTEM …>), the XXE probe of the Jenkins plugin's "
        + "SECURITY-1752. The oracle resolved it (its annotation shows the entity's text); we refuse every DTD before reading "
        + "it, so nothing of the file is indexed.";

    public static IReadOnlyDictionary<string, KnownDifference> ByFile { get; } = new Dictionary<string, KnownDifference>
    {
        ["nunit/mstest/clicketyclackety.xml"] = new(
            ErrorLabel + " Here 9 of the 10 failed tests carry label='Error'.",
            new Dictionary<string, int> { ["tests_fail"] = 1, ["tests_error"] = 9, ["runs_fail"] = 1, ["runs_error"] = 9 }),

        ["nunit/mstest/timewarpinc.xml"] = new(
            ErrorLabel + " Its only test threw a ZenjectException (label='Error').",
            new Dictionary<string, int> { ["tests_fail"] = 0, ["tests_error"] = 1, ["runs_fail"] = 0, ["runs_error"] = 1 }),

        ["nunit/nunit3/jenkins/NUnit-issue44527.xml"] = new(
            ErrorLabel + " Here 133 failed tests carry label='Error' and 10 label='Invalid' (site='Parent'); 1 is a plain failure.",
            new Dictionary<string, int> { ["tests_fail"] = 1, ["tests_error"] = 143, ["runs_fail"] = 1, ["runs_error"] = 143 }),

        ["nunit/nunit3/jenkins/NUnit-correct.xml"] = new(
            "Three NUnit 2 test-cases have result='NotRunnable' (no suitable constructor, a non-public method, no arguments "
            + "for a parameterized test): tests defined wrongly, which NUnit 3 reports as failed with label='Invalid'. We count "
            + "them as errored in both versions, so they are not hidden among skipped tests; the oracle counts them as skipped.",
            new Dictionary<string, int> { ["tests_skip"] = 5, ["tests_error"] = 4, ["runs_skip"] = 5, ["runs_error"] = 4 }),

        ["nunit/nunit3/jenkins/NUnit-issue33493.xml"] = new(
            "One test is Inconclusive. Like the oracle's tests_skip we count it as skipped (it neither passed nor failed); the "
            + "oracle's runs come from the suite attributes, where NUnit counts inconclusive apart from skipped, so there it "
            + "counts as succeeded.",
            new Dictionary<string, int> { ["runs_succ"] = 1, ["runs_skip"] = 1 }),

        ["nunit/nunit3/jenkins/NUnit-sec1752-file.xml"] = KnownDifference.Rejection(Dtd, "DTD"),

        ["nunit/nunit3/jenkins/NUnit-sec1752-https.xml"] = KnownDifference.Rejection(Dtd, "DTD"),
    };

    /// <summary>Reports whose root the detector does not know, so that an upload needs <c>?format=nunit</c>: none since a lone &lt;test-suite&gt; root is read as NUnit.</summary>
    public static IReadOnlyDictionary<string, string> Undetected { get; } = new Dictionary<string, string>();
}
