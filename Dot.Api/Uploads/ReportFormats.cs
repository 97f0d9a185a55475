using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>The names of report formats in the upload API (<c>?format=</c>).</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> ByName =
        Enum.GetValues<ReportFormat>().ToDictionary(NameOf, StringComparer.OrdinalIgnoreCase);

    public static string NameOf(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format a <c>?format=</c> value forces, or the rejection an unknown name earns.</summary>
    public static (ReportFormat? Format, UploadRejection? Rejection) Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, null);
        }
        return ByName.TryGetValue(value, out var format)
            ? (format, null)
            : (null, new UploadRejection(StatusCodes.Status400BadRequest, $"Unknown format '{value}'. Known: {string.Join(", ", ByName.Keys)}."));
    }
}
