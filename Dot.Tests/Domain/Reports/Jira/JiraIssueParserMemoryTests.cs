using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>
/// A large export streams in flat memory. Runs alone (<see cref="RunsAlone"/>) so that other tests'
/// allocations, such as the 8 MiB issue, do not blur the measure.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class JiraIssueParserMemoryTests
{
    [Fact]
    public void FiftyThousandIssuesAreStreamedInFlatMemory()
    {
        const int count = 50_000;
        using var export = new GeneratedJiraExport(count, number => GeneratedJiraExport.Issue(number));
        var items = new JiraIssueParser().Parse(export, WorkItemMapping.Default, ReportLimits.Default, new ParseWarnings());
        var seen = 0;
        var defects = 0;
        var points = 0.0;
        long early = 0;
        long late = 0;

        foreach (var item in items)
        {
            seen++;
            Assert.Equal($"GEN-{seen}", item.Key);
            defects += item.Type == WorkItemType.Defect ? 1 : 0;
            points += item.StoryPoints ?? 0;
            if (seen == 5_000)
            {
                early = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (seen == 49_000)
            {
                late = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.Equal(count, seen);
        Assert.Equal(count / 3, defects);
        Assert.Equal(100_000.0, points); // 0+1+2+3+4 for every five issues
        Assert.True(export.BytesRead > 20_000_000, $"the export is {export.BytesRead} bytes");
        Assert.True(late - early < 4_000_000, $"memory grew by {late - early} bytes over 44,000 issues");
    }
}
