using System.Text;
using System.Xml;
using Dot.Domain.Reports;
using static Dot.Tests.Domain.Reports.Trx.TrxParsing;

namespace Dot.Tests.Domain.Reports.Trx;

public sealed class TrxParserBadInputTests : XmlParserBadInputTests
{
    internal override ReportParsing Parsing => TrxParsing.Parsing;

    /// <summary>Definitions first, so that one pass reads it and the tests come out before a later error.</summary>
    protected override string TwoTests =>
        $"""
        <TestRun xmlns="{Namespace}">
          <TestDefinitions>{Definition("t1", "C")}</TestDefinitions>
          <Results><UnitTestResult testId="t1" testName="a" outcome="Passed" /><UnitTestResult testId="t1" testName="b" outcome="Failed" /></Results>
        </TestRun>
        """;

    protected override string NotThisFormat => "not a TRX report";

    protected override string Root => "TestRun";

    [Theory]
    [InlineData("  \n\n ")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void ABlankReportIsRejectedAtItsStart(string text) =>
        Assert.Equal("line 1, column 1: Root element is missing.", Reject(text).Message);

    [Fact]
    public void AResultAsRootIsNotAReport() =>
        Assert.Equal(
            "line 1, column 2: not a TRX report: root element <UnitTestResult>",
            Reject("""<UnitTestResult testName="alone" outcome="Passed" />""").Message);

    [Fact]
    public void MalformedXmlAfterResultsLeftForTheSecondPassIsFoundBeforeAnyExecution()
    {
        var xml = Run(Result("""testId="t1" testName="A" """) + Result("""testId="t1" testName="B" """), Definition("t1", "C"))
            .Replace("</TestRun>", "<oops></TestRun>", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var seen = new List<string>();

        var exception = Assert.Throws<ReportParseException>(() =>
        {
            foreach (var testCase in Parser.Parse(stream, ReportLimits.Default, new ParseWarnings()))
            {
                seen.Add(testCase.Name);
            }
        });

        Assert.Empty(seen);
        Assert.IsType<XmlException>(exception.InnerException);
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void ATestRunOutsideTheTrxNamespaceIsReadWithAWarning()
    {
        var report = Parse("""<TestRun><Results><UnitTestResult testName="T" outcome="Passed" /></Results></TestRun>""");

        Assert.Equal("T", Assert.Single(report.Cases).Name);
        Assert.Contains(
            "line 1: root element <TestRun> is in namespace '', not TRX's 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'; read as TRX",
            report.Warnings.Messages);
    }

    [Fact]
    public void TheVisualStudio2006NamespaceIsTrxToo()
    {
        var xml = Run(Result("""testId="t1" testName="T" """), Definition("t1", "C")).Replace("TeamTest/2010", "TeamTest/2006", StringComparison.Ordinal);

        var report = Parse(xml);

        Assert.Equal("C", Assert.Single(report.Cases).ClassName);
        Assert.Empty(report.Warnings.Messages);
    }
}
