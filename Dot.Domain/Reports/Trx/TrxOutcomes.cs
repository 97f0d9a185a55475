using System.Collections.Frozen;
using Dot.Domain.Results;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// How a TRX <c>outcome</c> (VSTest's TestOutcome) maps to a <see cref="TestStatus"/>; case is ignored.
/// <list type="table">
/// <listheader><term>outcome</term><description>status, and why</description></listheader>
/// <item><term>Passed, Warning, PassedButRunAborted, Completed</term><description>Passed: the test ran and nothing failed it
/// (a warning, or a run aborted after it, says nothing against the test).</description></item>
/// <item><term>Failed, Timeout</term><description>Failed: the test ran and did not pass; a timeout is a verdict on the test.</description></item>
/// <item><term>Error, Aborted, Disconnected, NotRunnable, InProgress</term><description>Errored: no verdict, and not by
/// choice: the test errored, its run stopped or lost its agent while it ran, it cannot run as written (MSTest's UTA007, a
/// wrong method signature), or it never finished. Counting these as skipped would hide them.</description></item>
/// <item><term>NotExecuted, Inconclusive, Pending</term><description>Skipped: the test did not run (ignored, filtered out,
/// or left when its run stopped), or ran without a verdict (<c>Assert.Inconclusive</c>), or never started.</description></item>
/// <item><term>missing, or any other value</term><description>Errored, with a warning: a result that does not say it passed
/// is not counted as passed.</description></item>
/// </list>
/// </summary>
internal static class TrxOutcomes
{
    private static readonly FrozenDictionary<string, TestStatus> Statuses = new Dictionary<string, TestStatus>
    {
        ["Passed"] = TestStatus.Passed,
        ["Warning"] = TestStatus.Passed,
        ["PassedButRunAborted"] = TestStatus.Passed,
        ["Completed"] = TestStatus.Passed,
        ["Failed"] = TestStatus.Failed,
        ["Timeout"] = TestStatus.Failed,
        ["Error"] = TestStatus.Errored,
        ["Aborted"] = TestStatus.Errored,
        ["Disconnected"] = TestStatus.Errored,
        ["NotRunnable"] = TestStatus.Errored,
        ["InProgress"] = TestStatus.Errored,
        ["NotExecuted"] = TestStatus.Skipped,
        ["Inconclusive"] = TestStatus.Skipped,
        ["Pending"] = TestStatus.Skipped,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static TestStatus StatusOf(string? outcome, ParseWarnings warnings, WarningSubject subject, int? line)
    {
        if (outcome is not null && Statuses.TryGetValue(outcome.Trim(), out var status))
        {
            return status;
        }

        if (outcome is null)
        {
            warnings.Add(line, $"{subject} has no outcome; recorded as errored");
        }
        else
        {
            warnings.AddUnknownResult(outcome, subject, "MSTest", "recorded as errored");
        }

        return TestStatus.Errored;
    }
}
