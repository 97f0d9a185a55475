using Dot.Domain.Reports;
using Dot.Domain.Uploads;

namespace Dot.Domain.Intake;

/// <summary>Decides, from a file's first bytes (or the format the request forces), which parser reads it.</summary>
internal sealed class ReportFileClassifier(ReportParsers parsers)
{
    public (ReportFormat? Format, IntakeRefusal? Refusal) Classify(string name, ReadOnlySpan<byte> head, ReportFormat? forcedFormat) =>
        (forcedFormat ?? ReportFormatDetector.Detect(head)) is { } format
            ? (format, null)
            : (null, new IntakeRefusal(IntakeRefusalReason.UnknownFormat,
                $"The file '{name}' is not a report format DoT reads (detected from its content). Supported: {parsers.SupportedList}."));
}
