using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Uploads;

/// <summary>The parser for each report format DoT reads: test-result parsers, and the Jira export parser for work items.</summary>
public sealed class ReportParsers(IEnumerable<IReportParser> testParsers, JiraIssueParser jira, WorkItemMapping mapping)
{
    private readonly Dictionary<ReportFormat, IReportParser> _byFormat = testParsers.ToDictionary(p => p.Format);

    public string SupportedList =>
        string.Join(", ", _byFormat.Keys.Append(ReportFormat.Jira).Order().Select(ReportFormats.NameOf));

    public IEnumerable<ParsedTestCase> ParseTests(ReportFormat format, Stream stream, ReportLimits limits, ParseWarnings warnings) =>
        _byFormat.TryGetValue(format, out var parser)
            ? parser.Parse(stream, limits, warnings)
            : throw new ReportParseException($"DoT cannot read {ReportFormats.NameOf(format)} reports yet.");

    public IEnumerable<ParsedWorkItem> ParseWorkItems(Stream stream, ReportLimits limits, ParseWarnings warnings) =>
        jira.Parse(stream, mapping, limits, warnings);
}
