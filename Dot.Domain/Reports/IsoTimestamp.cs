namespace Dot.Domain.Reports;

/// <summary>
/// The ISO 8601 form almost every tool writes, read straight from its characters: "yyyy-MM-ddTHH:mm:ss" (or a space
/// for the "T"), then optionally a fraction of 1 to 7 digits, then optionally "Z", "±hh:mm" or "±hhmm" (none is UTC).
/// <see cref="TimestampParser"/> tries it first because the general parse over several formats costs a large share of a
/// whole JUnit parse. It accepts only what the general parse accepts, with the same value and offset; anything else
/// (other forms, whitespace, fields out of range) is false and left to the general parse.
/// </summary>
public static class IsoTimestamp
{
    private const int DateAndTimeLength = 19;
    private static readonly long MaxOffsetTicks = TimeSpan.FromHours(14).Ticks;

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (text.Length < DateAndTimeLength || !TryParseDateAndTime(text[..DateAndTimeLength], out var clock))
        {
            return false;
        }

        var rest = text[DateAndTimeLength..];
        var fractionTicks = 0L;
        if (rest.StartsWith('.'))
        {
            var digits = rest[1..].IndexOfAnyExceptInRange('0', '9');
            var fraction = digits < 0 ? rest[1..] : rest.Slice(1, digits);
            if (!AsciiDigits.TryParseFraction(fraction, out fractionTicks))
            {
                return false;
            }

            rest = rest[(1 + fraction.Length)..];
        }

        var ticks = clock.Ticks + fractionTicks;
        if (!TryParseOffset(rest, out var offsetTicks) || !IsDateTimeTicks(ticks - offsetTicks))
        {
            return false;
        }

        timestamp = new DateTimeOffset(ticks, new TimeSpan(offsetTicks));
        return true;
    }

    private static bool TryParseDateAndTime(ReadOnlySpan<char> text, out DateTime clock)
    {
        clock = default;
        if (text[4] != '-' || text[7] != '-' || text[10] is not ('T' or ' ') || text[13] != ':' || text[16] != ':'
            || !TryParseField(text[..4], out var year) || !TryParseField(text[5..7], out var month)
            || !TryParseField(text[8..10], out var day) || !TryParseField(text[11..13], out var hour)
            || !TryParseField(text[14..16], out var minute) || !TryParseField(text[17..19], out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        clock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>None or "Z" is UTC; "±hh:mm" or "±hhmm" up to 14 hours, as <see cref="DateTimeOffset"/> allows.</summary>
    private static bool TryParseOffset(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.IsEmpty || text is "Z")
        {
            return true;
        }

        if (text.Length is not (5 or 6) || text[0] is not ('+' or '-') || (text.Length == 6 && text[3] != ':')
            || !TryParseField(text[1..3], out var hours) || !TryParseField(text[^2..], out var minutes) || minutes > 59)
        {
            return false;
        }

        ticks = new TimeSpan(hours, minutes, 0).Ticks * (text[0] == '-' ? -1 : 1);
        return Math.Abs(ticks) <= MaxOffsetTicks;
    }

    private static bool TryParseField(ReadOnlySpan<char> digits, out int value)
    {
        var read = AsciiDigits.TryParse(digits, digits.Length, out var number);
        value = (int)number;
        return read;
    }

    private static bool IsDateTimeTicks(long ticks) => ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
}
