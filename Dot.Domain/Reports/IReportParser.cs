namespace Dot.Domain.Reports;

/// <summary>Reads one report format into normalised test executions.</summary>
public interface IReportParser
{
    ReportFormat Format { get; }

    /// <summary>
    /// Streams the test executions of the report, lazily: nothing is read until enumeration starts,
    /// and memory does not grow with the size of the report.
    /// Enumeration throws <see cref="ReportParseException"/> when the report is malformed; cases yielded
    /// before that are not to be trusted (the caller keeps all or nothing).
    /// The caller owns the stream; it is not closed.
    /// </summary>
    IEnumerable<ParsedTestCase> Parse(Stream stream, ReportLimits limits, ParseWarnings warnings);
}
