namespace Dot.Domain.Reports.Json;

/// <summary>
/// Streams the output of Mocha's JSON reporter (<c>mocha --reporter json</c>) into test executions: one
/// <see cref="ParsedTestCase"/> per entry of <c>tests</c>, plus one errored execution per failed hook found in
/// <c>failures</c> (a failed "before all" hook keeps its tests from running, and they appear nowhere else).
/// Stateless: one instance serves any number of parses.
/// </summary>
public sealed class MochaJsonParser : IReportParser
{
    public ReportFormat Format => ReportFormat.Mocha;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings)
    {
        ParserArguments.ThrowIfNull(stream, limits, warnings);
        return new MochaDocumentReader(stream, limits, warnings).Read();
    }
}
