using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Parses a JUnit XML string to the end, for tests that look at the whole result.</summary>
internal static class JUnitParsing
{
    public static ParsedReport Parse(string xml, ReportLimits? limits = null) =>
        Parse(Encoding.UTF8.GetBytes(xml), limits);

    public static ParsedReport Parse(byte[] bytes, ReportLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return Parse(stream, limits);
    }

    public static ParsedReport Parse(Stream stream, ReportLimits? limits = null)
    {
        var warnings = new ParseWarnings();
        var cases = new JUnitXmlParser().Parse(stream, limits ?? ReportLimits.Default, warnings).ToList();
        return new ParsedReport(cases, warnings);
    }

    /// <summary>Parses a report holding one suite with the given testcase markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string testCaseXml, ReportLimits? limits = null) =>
        Assert.Single(Parse($"<testsuite name=\"suite\">{testCaseXml}</testsuite>", limits).Cases);

    public static ReportParseException Reject(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var cases = new JUnitXmlParser().Parse(stream, ReportLimits.Default, new ParseWarnings());
        return Assert.Throws<ReportParseException>(() => cases.ToList());
    }

    public static ReportParseException Reject(string xml) => Reject(Encoding.UTF8.GetBytes(xml));
}

internal sealed record ParsedReport(IReadOnlyList<ParsedTestCase> Cases, ParseWarnings Warnings);
