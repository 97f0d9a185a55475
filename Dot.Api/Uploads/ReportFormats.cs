using Dot.Domain.Reports;

namespace Dot.Api.Uploads;

/// <summary>The names of report formats in the upload API (<c>?format=</c>), and which of them DoT reads today.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> Supported = new(StringComparer.OrdinalIgnoreCase)
    {
        ["junit"] = ReportFormat.JUnit,
    };

    private static readonly HashSet<string> Planned = new(StringComparer.OrdinalIgnoreCase) { "trx", "nunit", "xunit", "cucumber", "jira" };

    public static string SupportedList => string.Join(", ", Supported.Keys);

    /// <summary>The format a <c>?format=</c> value forces, or the rejection that value earns.</summary>
    public static (ReportFormat? Format, UploadRejection? Rejection) Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, null);
        }
        if (Supported.TryGetValue(value, out var format))
        {
            return (format, null);
        }
        return Planned.Contains(value)
            ? (null, new UploadRejection(StatusCodes.Status415UnsupportedMediaType, $"The format '{value}' is not supported yet. Supported: {SupportedList}."))
            : (null, new UploadRejection(StatusCodes.Status400BadRequest, $"Unknown format '{value}'. Supported: {SupportedList}."));
    }
}
