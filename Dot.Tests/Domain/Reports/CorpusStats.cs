using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// Our parse of a corpus file, counted under the oracle's field names: <c>runs*</c> are the executions we yield,
/// <c>tests*</c> the distinct (classname, name) pairs, each with the most severe status of its executions
/// (errored, then failed, then passed, then skipped; a flaky pass is a pass).
/// </summary>
internal static class CorpusStats
{
    public static IReadOnlyDictionary<string, int> Of(IReadOnlyList<ParsedTestCase> cases)
    {
        var runs = ReportCounts.Of(cases);
        var tests = new ReportCounter();
        foreach (var group in cases.GroupBy(c => (c.ClassName, c.Name)))
        {
            tests.Add(MostSevere(group.Select(c => c.Status).ToList()));
        }

        return Named("tests", tests.Counts).Concat(Named("runs", runs)).ToDictionary();
    }

    private static TestStatus MostSevere(List<TestStatus> statuses) =>
        statuses.Contains(TestStatus.Errored) ? TestStatus.Errored
        : statuses.Contains(TestStatus.Failed) ? TestStatus.Failed
        : statuses.Contains(TestStatus.Passed) ? TestStatus.Passed
        : TestStatus.Skipped;

    private static IEnumerable<KeyValuePair<string, int>> Named(string prefix, ReportCounts counts) =>
    [
        new(prefix, counts.Tests),
        new($"{prefix}_succ", counts.Passed),
        new($"{prefix}_skip", counts.Skipped),
        new($"{prefix}_fail", counts.Failed),
        new($"{prefix}_error", counts.Errored),
    ];
}
