using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Parses a report to the end with one parser, for tests that look at the whole result.</summary>
internal sealed class ReportParsing(IReportParser parser)
{
    public IReportParser Parser => parser;

    public ParsedReport Parse(string text, ReportLimits? limits = null) => Parse(Encoding.UTF8.GetBytes(text), limits);

    public ParsedReport Parse(byte[] bytes, ReportLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return Parse(stream, limits);
    }

    public ParsedReport Parse(Stream stream, ReportLimits? limits = null)
    {
        var warnings = new ParseWarnings();
        var cases = parser.Parse(stream, limits ?? ReportLimits.Default, warnings).ToList();
        return new ParsedReport(cases, warnings);
    }

    public ReportParseException Reject(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var cases = parser.Parse(stream, ReportLimits.Default, new ParseWarnings());
        return Assert.Throws<ReportParseException>(() => cases.ToList());
    }

    public ReportParseException Reject(string text) => Reject(Encoding.UTF8.GetBytes(text));
}

internal sealed record ParsedReport(IReadOnlyList<ParsedTestCase> Cases, ParseWarnings Warnings);
