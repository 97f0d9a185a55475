namespace Dot.Domain.Reports;

/// <summary>The names of report formats, as senders write them (<c>?format=</c>) and as uploads list them.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> ByName =
        Enum.GetValues<ReportFormat>().ToDictionary(NameOf, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => ByName.Keys;

    public static string NameOf(ReportFormat format) => format.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out ReportFormat format) => ByName.TryGetValue(name, out format);
}
