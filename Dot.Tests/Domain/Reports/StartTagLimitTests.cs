using System.Globalization;
using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A tag longer than <see cref="ReportLimits.MaxStartTagLength"/> rejects the report before XmlReader has buffered it;
/// long text (CDATA or not), comments, instructions and quoted values holding markup characters do not confuse the check.
/// </summary>
public sealed class StartTagLimitTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const int Padding = 40;

    private static readonly string Limit = ReportLimits.DefaultStartTagLength.ToString(CultureInfo.InvariantCulture);

    private static ReportLimits Small { get; } = new() { MaxStartTagLength = 64 };

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void ATenMegabyteAttributeIsRejectedWithTheLimitAndItsPosition(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var item = encoding.GetBytes(new string('x', 1024));
        using var stream = new RepeatedReportStream(
            [.. encoding.GetPreamble(), .. encoding.GetBytes("<?xml version=\"1.0\"?>\n<testsuite name=\"s\">\n  <testcase name=\"a\"/>\n  <testcase name=\"b\" message=\"")],
            item,
            TenMegabytes / 1024,
            encoding.GetBytes("\"/>\n</testsuite>"));

        var exception = Assert.Throws<ReportParseException>(() => JUnitParsing.Parse(stream));

        Assert.Equal((4, 3), (exception.Line, exception.Column));
        Assert.StartsWith("line 4, column 3: a tag is longer than the limit of " + Limit + " characters", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxStartTagLength", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TenMegabytesOfSystemOutParse(bool inCData)
    {
        var (open, close) = inCData ? ("<![CDATA[", "]]>") : (string.Empty, string.Empty);
        var line = inCData ? "out <x a=\"1\"> ' \" > ]] >\n" : "out x=\"1\" ' \" > ]] >\n";
        using var stream = new RepeatedReportStream(
            Encoding.UTF8.GetBytes($"<testsuite name=\"s\"><testcase name=\"a\"><system-out>{open}"),
            Encoding.UTF8.GetBytes(line),
            TenMegabytes / line.Length,
            Encoding.UTF8.GetBytes($"{close}</system-out></testcase></testsuite>"));

        var testCase = Assert.Single(JUnitParsing.Parse(stream).Cases);

        Assert.Equal(ReportLimits.DefaultOutputLength, testCase.SystemOut!.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MarkupInCommentsCDataInstructionsAndQuotedValuesIsNotATag(bool trickle)
    {
        var report = Padded(
            """
            <!-- <x a=" -->
            <?pi <y b=" ?>
            <testcase name='a>b' classname='c'><system-out><![CDATA[<z c="]]></system-out></testcase>
            <testcase name='last'/>
            </testsuite>
            """);

        using var stream = Open(report, trickle);
        var cases = JUnitParsing.Parse(stream, Small).Cases;

        Assert.Equal(["a>b", "last"], cases.Skip(cases.Count - 2).Select(c => c.Name));
        Assert.Equal("<z c=\"", cases[^2].SystemOut);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AGreaterThanInAQuotedValueDoesNotEndTheTag(bool trickle)
    {
        var report = Padded($"<testcase name=\"a>b\" message=\"{new string('y', 100)}\"/>\n</testsuite>");

        using var stream = Open(report, trickle);
        var exception = Assert.Throws<ReportParseException>(() => JUnitParsing.Parse(stream, Small));

        Assert.Equal((Padding + 2, 1), (exception.Line, exception.Column));
        Assert.Contains("limit of 64 characters", exception.Reason, StringComparison.Ordinal);
    }

    /// <summary>A suite with <see cref="Padding"/> short tests before <paramref name="rest"/>: past the first read of a trickled stream.</summary>
    private static string Padded(string rest) =>
        "<testsuite name='s'>\n"
        + string.Concat(Enumerable.Range(0, Padding).Select(i => $"<testcase name='t{i}'/>\n"))
        + rest;

    private static Stream Open(string report, bool trickle)
    {
        var bytes = Encoding.UTF8.GetBytes(report);
        return trickle ? new TrickleStream(bytes) : new MemoryStream(bytes);
    }
}
