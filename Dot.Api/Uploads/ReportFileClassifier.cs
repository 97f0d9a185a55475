using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>Decides, from a file's first bytes (or the format the request forces), which parser reads it.</summary>
public sealed class ReportFileClassifier(ReportParsers parsers)
{
    public (ReportFormat? Format, UploadRejection? Rejection) Classify(string name, ReadOnlySpan<byte> head, ReportFormat? forcedFormat) =>
        (forcedFormat ?? ReportFormatDetector.Detect(head)) is { } format
            ? (format, null)
            : (null, new UploadRejection(StatusCodes.Status415UnsupportedMediaType,
                $"The file '{name}' is not a report format DoT reads (detected from its content). Supported: {parsers.SupportedList}."));
}
