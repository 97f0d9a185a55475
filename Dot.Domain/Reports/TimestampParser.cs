using System.Globalization;

namespace Dot.Domain.Reports;

/// <summary>
/// Reads report timestamps: ISO 8601 with or without an offset (no offset means UTC), with a "T" or a space,
/// and, as a fallback, the other invariant-culture forms tools write (e.g. RFC 1123 "Sat, 03 Dec 2022 23:10:07 GMT").
/// Missing or blank is null; unreadable is null with a warning.
/// </summary>
public static class TimestampParser
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    public static DateTimeOffset? Parse(string? value, ParseWarnings warnings, WarningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TryParse(value, out var timestamp))
        {
            return timestamp;
        }

        warnings.Add($"timestamp '{TextTruncation.Preview(value)}' of {subject} is not a date; ignored");
        return null;
    }

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset timestamp) =>
        IsoTimestamp.TryParse(text, out timestamp) || TryParseAnyForm(text, out timestamp);

    /// <summary>The general parse, every accepted form, without <see cref="IsoTimestamp"/>'s shortcut.</summary>
    public static bool TryParseAnyForm(ReadOnlySpan<char> text, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, Styles, out timestamp)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out timestamp);
}
