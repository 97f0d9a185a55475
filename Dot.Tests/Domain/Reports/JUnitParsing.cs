using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Parses a JUnit XML string to the end, for tests that look at the whole result.</summary>
internal static class JUnitParsing
{
    public static ReportParsing Parsing { get; } = new(new JUnitXmlParser());

    public static ParsedReport Parse(string xml, ReportLimits? limits = null) => Parsing.Parse(xml, limits);

    public static ParsedReport Parse(byte[] bytes, ReportLimits? limits = null) => Parsing.Parse(bytes, limits);

    public static ParsedReport Parse(Stream stream, ReportLimits? limits = null) => Parsing.Parse(stream, limits);

    /// <summary>Parses a report holding one suite with the given testcase markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string testCaseXml, ReportLimits? limits = null) =>
        Assert.Single(Parse($"<testsuite name=\"suite\">{testCaseXml}</testsuite>", limits).Cases);

    public static ReportParseException Reject(byte[] bytes) => Parsing.Reject(bytes);

    public static ReportParseException Reject(string xml) => Parsing.Reject(xml);
}
