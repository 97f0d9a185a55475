using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>Large exports are streamed: one issue at a time, whatever the sizes of reads and of issues.</summary>
public sealed class JiraIssueParserStreamingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4093)]
    public void TokensSplitAcrossReadsAreReadWhole(int maxChunk)
    {
        const int count = 300;
        using var export = new GeneratedJiraExport(count, number => GeneratedJiraExport.Issue(number, 100 + (number * 37 % 900)), maxChunk);

        var result = JiraParsing.Parse(export);

        Assert.Equal(count, result.Items.Count);
        for (var number = 1; number <= count; number++)
        {
            var item = result.Items[number - 1];
            Assert.Equal($"GEN-{number}", item.Key);
            Assert.Equal(GeneratedJiraExport.UnescapedSummary(number, 100 + (number * 37 % 900)), item.Summary);
            Assert.Equal($"User {number}", item.AssigneeName);
        }
    }

    [Fact]
    public void AnIssueLargerThanTheBufferIsReadAndTheNextOnesToo()
    {
        using var export = new GeneratedJiraExport(
            5,
            number => number == 2 ? GeneratedJiraExport.Issue(number, 1_000_000) : GeneratedJiraExport.Issue(number),
            maxChunk: 10_000);

        var result = JiraParsing.Parse(export, limits: new ReportLimits { MaxNameLength = 2_000_000 });

        Assert.Equal(["GEN-1", "GEN-2", "GEN-3", "GEN-4", "GEN-5"], result.Items.Select(item => item.Key));
        Assert.Equal(GeneratedJiraExport.UnescapedSummary(2, 1_000_000), result.Items[1].Summary);
    }

    [Fact]
    public void AnIssueOverTheDefaultLimitOfEightMebibytesIsRefused()
    {
        using var export = new GeneratedJiraExport(
            3,
            number => number == 2 ? GeneratedJiraExport.Issue(number, JiraIssueParser.DefaultMaxIssueBytes) : GeneratedJiraExport.Issue(number));

        var exception = JiraParsing.Reject(export);

        Assert.StartsWith("issue 2 is larger than 8388608 bytes; refused (byte ", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(9, exception.Line); // the head is line 1, issue 1 lines 2 to 8
    }

    [Fact]
    public void TheIssueLimitCanBeLowered()
    {
        var parser = new JiraIssueParser(maxIssueBytes: 2_000);
        var small = GeneratedJiraExport.Issue(1);
        var large = GeneratedJiraExport.Issue(2, 3_000);

        using var fits = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"issues": [{{small}}]}"""));
        Assert.Single(JiraParsing.Parse(fits, parser: parser).Items);
        var exception = JiraParsing.Reject($$"""{"issues": [{{small}}, {{large}}]}""", parser);

        Assert.StartsWith("issue 2 is larger than 2000 bytes; refused", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingIsReadBeforeEnumeration()
    {
        using var export = new GeneratedJiraExport(10, number => GeneratedJiraExport.Issue(number));

        var items = new JiraIssueParser().Parse(export, WorkItemMapping.Default, ReportLimits.Default, new ParseWarnings());

        Assert.Equal(0, export.BytesRead);
        Assert.Equal("GEN-1", items.First().Key);
        Assert.InRange(export.BytesRead, 1, 64 * 1024);
    }
}
