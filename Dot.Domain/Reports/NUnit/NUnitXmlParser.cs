namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// Streams NUnit XML into test executions: NUnit 3 (<c>test-run</c>, as nunit3-console and <c>dotnet test</c>'s NUnit
/// logger write it) and NUnit 2 (<c>test-results</c>). One <see cref="ParsedTestCase"/> per <c>test-case</c> element,
/// its status from the result and label (<see cref="NUnitStatus"/>). Stateless: one instance serves any number of parses.
/// </summary>
public sealed class NUnitXmlParser : IReportParser
{
    public ReportFormat Format => ReportFormat.NUnit;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings) =>
        XmlReportReader.Read(stream, limits, warnings, static (reader, l, w) => new NUnitDocumentReader(reader, l, w));
}
