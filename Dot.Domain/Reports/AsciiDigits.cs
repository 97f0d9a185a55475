namespace Dot.Domain.Reports;

/// <summary>Reads the ASCII digits of numbers written in reports, exactly and without culture or floating point.</summary>
internal static class AsciiDigits
{
    /// <summary>1 to <paramref name="maxDigits"/> ASCII digits, nothing else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int maxDigits, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The digits after a decimal point, 1 to 7 of them, as ticks.</summary>
    public static bool TryParseFraction(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.IsEmpty || text.Length > 7)
        {
            return false;
        }

        var scale = TimeSpan.TicksPerSecond;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            scale /= 10;
            ticks += (c - '0') * scale;
        }

        return true;
    }
}
