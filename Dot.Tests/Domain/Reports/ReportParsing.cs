using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>Parses a report to the end with any parser, for tests that look at the whole result.</summary>
internal static class ReportParsing
{
    public static ParsedReport Parse(IReportParser parser, string text, ReportLimits? limits = null) =>
        Parse(parser, Encoding.UTF8.GetBytes(text), limits);

    public static ParsedReport Parse(IReportParser parser, byte[] bytes, ReportLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return Parse(parser, stream, limits);
    }

    public static ParsedReport Parse(IReportParser parser, Stream stream, ReportLimits? limits = null)
    {
        var warnings = new ParseWarnings();
        var cases = parser.Parse(stream, limits ?? ReportLimits.Default, warnings).ToList();
        return new ParsedReport(cases, warnings);
    }

    public static ReportParseException Reject(IReportParser parser, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var cases = parser.Parse(stream, ReportLimits.Default, new ParseWarnings());
        return Assert.Throws<ReportParseException>(() => cases.ToList());
    }

    public static ReportParseException Reject(IReportParser parser, string text) =>
        Reject(parser, Encoding.UTF8.GetBytes(text));
}

internal sealed record ParsedReport(IReadOnlyList<ParsedTestCase> Cases, ParseWarnings Warnings);
