using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>Decides, from a file's first bytes (or the format the request forces), which parser reads it.</summary>
public sealed class ReportFileClassifier(ReportParsers parsers)
{
    public (ReportFormat? Format, UploadRejection? Rejection) Classify(string name, ReadOnlySpan<byte> head, ReportFormat? forcedFormat)
    {
        if ((forcedFormat ?? ReportFormatDetector.Detect(head)) is not { } format)
        {
            return (null, new UploadRejection(StatusCodes.Status415UnsupportedMediaType,
                $"The file '{name}' is not a report format DoT reads (detected from its content). Supported: {parsers.SupportedList}."));
        }
        return parsers.Supports(format)
            ? (format, null)
            : (null, new UploadRejection(StatusCodes.Status415UnsupportedMediaType,
                $"The file '{name}' is a {ReportFormats.NameOf(format)} report, which DoT does not read yet. Supported: {parsers.SupportedList}."));
    }
}
