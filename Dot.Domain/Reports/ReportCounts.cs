namespace Dot.Domain.Reports;

/// <summary>How many test executions a report holds, by outcome. A flaky pass counts as passed.</summary>
public sealed record ReportCounts(int Tests, int Passed, int Failed, int Errored, int Skipped)
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
