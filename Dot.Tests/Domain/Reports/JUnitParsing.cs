using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Parses a JUnit XML string to the end, for tests that look at the whole result.</summary>
internal static class JUnitParsing
{
    private static readonly JUnitXmlParser Parser = new();

    public static ParsedReport Parse(string xml, ReportLimits? limits = null) => ReportParsing.Parse(Parser, xml, limits);

    public static ParsedReport Parse(byte[] bytes, ReportLimits? limits = null) => ReportParsing.Parse(Parser, bytes, limits);

    public static ParsedReport Parse(Stream stream, ReportLimits? limits = null) => ReportParsing.Parse(Parser, stream, limits);

    /// <summary>Parses a report holding one suite with the given testcase markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string testCaseXml, ReportLimits? limits = null) =>
        Assert.Single(Parse($"<testsuite name=\"suite\">{testCaseXml}</testsuite>", limits).Cases);

    public static ReportParseException Reject(byte[] bytes) => ReportParsing.Reject(Parser, bytes);

    public static ReportParseException Reject(string xml) => ReportParsing.Reject(Parser, xml);
}
