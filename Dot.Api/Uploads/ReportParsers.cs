using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>The parser for each report format DoT reads.</summary>
public sealed class ReportParsers(IEnumerable<IReportParser> parsers)
{
    private readonly Dictionary<ReportFormat, IReportParser> _byFormat = parsers.ToDictionary(p => p.Format);

    public bool Supports(ReportFormat format) => _byFormat.ContainsKey(format);

    public string SupportedList => string.Join(", ", _byFormat.Keys.Select(ReportFormats.NameOf));

    public IReportParser For(ReportFormat format) =>
        _byFormat.TryGetValue(format, out var parser)
            ? parser
            : throw new ReportParseException($"DoT cannot read {ReportFormats.NameOf(format)} reports yet.");
}
