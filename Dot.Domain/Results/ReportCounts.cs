using Dot.Domain.Reports;

namespace Dot.Domain.Results;

/// <summary>
/// How many test executions a report holds, by outcome (a flaky pass counts as passed), and how many work items
/// a tracker export holds.
/// </summary>
public sealed record ReportCounts(int Tests, int Passed, int Failed, int Errored, int Skipped, int WorkItems = 0)
{
    public static ReportCounts Empty { get; } = new(0, 0, 0, 0, 0);

    public static ReportCounts Of(IEnumerable<ParsedTestCase> testCases)
    {
        ArgumentNullException.ThrowIfNull(testCases);
        var counter = new ReportCounter();
        foreach (var testCase in testCases)
        {
            counter.Add(testCase);
        }

        return counter.Counts;
    }
}
