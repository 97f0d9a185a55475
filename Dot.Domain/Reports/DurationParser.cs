using System.Globalization;

namespace Dot.Domain.Reports;

/// <summary>
/// Reads a duration in seconds as test tools really write it: "1.234", "1,234.5" (thousands),
/// "0,5" and "1.234,5" (decimal comma), "1.2s", "12ms", "3 min". Invariant culture.
/// A single comma without a dot is a decimal comma ("1,234" is 1.234 s); several commas, or commas before a dot, group thousands.
/// Missing or blank is zero; invalid, NaN, infinite or negative is zero with a warning, never an exception.
/// TRX and other .NET tools write a timespan instead: <see cref="ParseTimeSpan"/>; JSON formats write a number in
/// some unit: <see cref="FromNumber"/>.
/// </summary>
public static class DurationParser
{
    private const int MaxLength = 64;

    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
        | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly double MaxSeconds = TimeSpan.MaxValue.TotalSeconds;

    public static TimeSpan Parse(string? value, ParseWarnings warnings, WarningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeSpan.Zero;
        }

        if (TryParsePlainTicks(value, out var ticks))
        {
            return TimeSpan.FromTicks(ticks);
        }

        var isNumber = TryParseSeconds(value, out var seconds);
        if (Problem(isNumber, seconds) is { } problem)
        {
            warnings.Add($"time '{TextTruncation.Preview(value)}' of {subject} {problem}; recorded as 0");
            return TimeSpan.Zero;
        }

        return ToTimeSpan(seconds);
    }

    /// <summary>
    /// Reads a duration that a report writes as a number in some unit (Mocha's milliseconds, Cucumber's nanoseconds),
    /// by the same rules as <see cref="Parse"/>: NaN, infinite, negative or too large is zero with a warning.
    /// </summary>
    /// <param name="value">The number as the report wrote it.</param>
    /// <param name="secondsPerUnit">The unit, in seconds: 1e-3 for milliseconds, 1e-9 for nanoseconds.</param>
    /// <param name="warnings">Where a value recorded as zero is reported.</param>
    /// <param name="subject">The test the duration belongs to, for the warning.</param>
    public static TimeSpan FromNumber(double value, double secondsPerUnit, ParseWarnings warnings, WarningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var seconds = value * secondsPerUnit;
        if (Problem(double.IsFinite(seconds), seconds) is { } problem)
        {
            warnings.Add($"time {value.ToString(CultureInfo.InvariantCulture)} of {subject} {problem}; recorded as 0");
            return TimeSpan.Zero;
        }

        return ToTimeSpan(seconds);
    }

    private static TimeSpan ToTimeSpan(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    private static string? Problem(bool isNumber, double seconds) =>
        !isNumber ? "is not a duration"
        : seconds < 0 ? "is negative"
        : seconds >= MaxSeconds ? "is too large"
        : null;

    /// <summary>
    /// Reads a .NET timespan as TRX writes it, "hh:mm:ss.fffffff" with an optional "d." day part ("00:00:01.2340000",
    /// "1.02:03:04"), exactly and without floating point; hours may pass 23. Anything else is read as seconds by
    /// <see cref="Parse"/>, with the same rules and warnings ("1.5" is 1.5 s, never 1.5 days).
    /// </summary>
    public static TimeSpan ParseTimeSpan(string? value, ParseWarnings warnings, WarningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return value is not null && TryParseClock(value.AsSpan().Trim(), out var ticks) ? TimeSpan.FromTicks(ticks) : Parse(value, warnings, subject);
    }

    /// <summary>Reads a finite number of seconds (which may be negative); false when the text is not one.</summary>
    public static bool TryParseSeconds(ReadOnlySpan<char> text, out double seconds)
    {
        text = text.Trim();
        if (double.TryParse(text, Styles, CultureInfo.InvariantCulture, out seconds))
        {
            return double.IsFinite(seconds);
        }

        var unitStart = text.Length;
        while (unitStart > 0 && char.IsLetter(text[unitStart - 1]))
        {
            unitStart--;
        }

        var scale = 1.0;
        if (unitStart < text.Length && !TryGetScale(text[unitStart..], out scale))
        {
            return false;
        }

        var number = text[..unitStart].TrimEnd();
        if (number.IsEmpty || number.Length > MaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        if (!double.TryParse(buffer[..NormaliseSeparators(number, buffer)], Styles, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        seconds = value * scale;
        return double.IsFinite(seconds);
    }

    /// <summary>
    /// The common case, exactly and without floating point: digits, optionally a dot and at most 7 more digits ("0.012").
    /// </summary>
    private static bool TryParsePlainTicks(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        if (!AsciiDigits.TryParse(whole, 9, out var seconds))
        {
            return false;
        }

        var fractionTicks = 0L;
        if (dot >= 0 && !AsciiDigits.TryParseFraction(text[(dot + 1)..], out fractionTicks))
        {
            return false;
        }

        ticks = (seconds * TimeSpan.TicksPerSecond) + fractionTicks;
        return true;
    }

    /// <summary>"[d.]h:mm:ss[.fffffff]": at most 7 digits of days and 6 of hours, so the ticks cannot overflow.</summary>
    private static bool TryParseClock(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        var colon = text.IndexOf(':');
        if (colon < 0 || text.Length < colon + 6 || text[colon + 3] != ':')
        {
            return false;
        }

        var hoursText = text[..colon];
        var days = 0L;
        var dayDot = hoursText.IndexOf('.');
        if (dayDot >= 0 && !AsciiDigits.TryParse(hoursText[..dayDot], 7, out days))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var fractionTicks = 0L;
        if (!AsciiDigits.TryParse(hoursText[(dayDot + 1)..], 6, out var hours)
            || !AsciiDigits.TryParse(rest[..2], 2, out var minutes) || minutes > 59
            || !AsciiDigits.TryParse(rest[3..5], 2, out var seconds) || seconds > 59
            || (rest.Length > 5 && (rest[5] != '.' || !AsciiDigits.TryParseFraction(rest[6..], out fractionTicks))))
        {
            return false;
        }

        ticks = (((((((days * 24) + hours) * 60) + minutes) * 60) + seconds) * TimeSpan.TicksPerSecond) + fractionTicks;
        return true;
    }

    private static bool TryGetScale(ReadOnlySpan<char> unit, out double scale)
    {
        scale = unit.ToString().ToLowerInvariant() switch
        {
            "ns" => 1e-9,
            "us" or "µs" or "μs" => 1e-6,
            "ms" => 1e-3,
            "s" or "sec" or "secs" => 1,
            "m" or "min" or "mins" => 60,
            "h" => 3600,
            _ => double.NaN,
        };
        return !double.IsNaN(scale);
    }

    /// <summary>Copies <paramref name="number"/> with "." as the decimal point and no grouping; returns the length.</summary>
    private static int NormaliseSeparators(ReadOnlySpan<char> number, Span<char> buffer)
    {
        var lastComma = number.LastIndexOf(',');
        var lastDot = number.LastIndexOf('.');
        var decimalPoint = lastComma < 0 ? '.'
            : lastDot < 0 ? (number.Count(',') == 1 ? ',' : '\0')
            : lastComma > lastDot ? ',' : '.';

        var length = 0;
        foreach (var c in number)
        {
            if (c == decimalPoint)
            {
                buffer[length++] = '.';
            }
            else if (c is not (',' or '.'))
            {
                buffer[length++] = c;
            }
        }

        return length;
    }
}
