using System.Globalization;

namespace Dot.Portal;

/// <summary>How the portal writes times, rates and durations for people.</summary>
public static class Display
{
    public static string Time(DateTimeOffset? value) =>
        value is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(double? rate) =>
        rate is { } value ? value.ToString("P1", CultureInfo.InvariantCulture) : "—";

    /// <summary>An API enum value as words: <c>READ_TOKEN</c> → <c>read token</c>.</summary>
    public static string Words(string value) =>
        value.Replace('_', ' ').ToLowerInvariant();

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
