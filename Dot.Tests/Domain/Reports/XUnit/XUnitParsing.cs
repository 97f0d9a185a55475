using Dot.Domain.Reports;
using Dot.Domain.Reports.XUnit;

namespace Dot.Tests.Domain.Reports.XUnit;

/// <summary>Parses xUnit.net XML to the end, for tests that look at the whole result.</summary>
internal static class XUnitParsing
{
    public static ReportParsing Parsing { get; } = new(new XUnitXmlParser());

    public static ParsedReport Parse(string xml, ReportLimits? limits = null) => Parsing.Parse(xml, limits);

    /// <summary>Parses a v2 report holding one collection with the given test markup, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string testXml, ReportLimits? limits = null) =>
        Assert.Single(Parse($"""<assemblies><assembly name="A.dll"><collection name="Coll">{testXml}</collection></assembly></assemblies>""", limits).Cases);
}
