using Dot.Domain.Reports;
using Dot.Domain.Reports.NUnit;

namespace Dot.Tests.Domain.Reports.NUnit;

/// <summary>Parses NUnit XML to the end, for tests that look at the whole result.</summary>
internal static class NUnitParsing
{
    public static ReportParsing Parsing { get; } = new(new NUnitXmlParser());

    public static ParsedReport Parse(string xml, ReportLimits? limits = null) => Parsing.Parse(xml, limits);

    /// <summary>Parses an NUnit 3 run holding one fixture with the given test-case markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string testCaseXml, ReportLimits? limits = null) =>
        Assert.Single(Parse($"<test-run><test-suite type=\"TestFixture\" name=\"Fixture\">{testCaseXml}</test-suite></test-run>", limits).Cases);

    /// <summary>Parses an NUnit 2 result holding one fixture with the given test-case markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingleNUnit2(string testCaseXml) =>
        Assert.Single(Parse($"<test-results><test-suite name=\"Fixture\"><results>{testCaseXml}</results></test-suite></test-results>").Cases);
}
