namespace Dot.Domain.Reports.Json;

/// <summary>
/// Streams Cucumber JSON (cucumber-jvm, cucumber-js, cucumber-ruby and the tools that write their format) into test
/// executions: one <see cref="ParsedTestCase"/> per scenario, and per row of a scenario outline. Suite is the feature's
/// name, class name and file its uri; the status and duration come from the steps and hooks (see
/// <see cref="CucumberOutcome"/>). Stateless: one instance serves any number of parses.
/// </summary>
public sealed class CucumberJsonParser : IReportParser
{
    public ReportFormat Format => ReportFormat.Cucumber;

    public IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings)
    {
        ParserArguments.ThrowIfNull(stream, limits, warnings);
        return new CucumberDocumentReader(stream, limits, warnings).Read();
    }
}
