namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// Streams xUnit.net XML into test executions: v2 (<c>assemblies</c>, as <c>xunit.console -xml</c> and the v2 runners
/// write it, also Fixie's xUnit report) and v1 (<c>assembly</c> with <c>class</c> elements). One
/// <see cref="ParsedTestCase"/> per <c>test</c> element (<see cref="XUnitStatus"/>). Stateless: one instance serves any
/// number of parses.
/// </summary>
public sealed class XUnitXmlParser : IReportParser
{
    public ReportFormat Format => ReportFormat.XUnit;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings) =>
        XmlReportReader.Read(stream, limits, warnings, static (reader, l, w) => new XUnitDocumentReader(reader, l, w));
}
