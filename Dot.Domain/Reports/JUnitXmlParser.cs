namespace Dot.Domain.Reports;

/// <summary>
/// Streams JUnit XML (Surefire, pytest, Jest, Mocha, Bazel, ScalaTest, xUnit's JUnit output, …) into test executions.
/// One <see cref="ParsedTestCase"/> per <c>testcase</c> element; the status comes from its most severe result element
/// (error, failure, Surefire's flaky re-runs, skipped). Stateless: one instance serves any number of parses.
/// </summary>
public sealed class JUnitXmlParser : IReportParser
{
    public ReportFormat Format => ReportFormat.JUnit;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings) =>
        XmlReportReader.Read(stream, limits, warnings, static (reader, l, w) => new JUnitDocumentReader(reader, l, w));
}
