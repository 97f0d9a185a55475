namespace Dot.Domain.Reports;

/// <summary>Cuts text to a limit, never in the middle of a surrogate pair, and says when it did.</summary>
public static class TextTruncation
{
    private const int PreviewLength = 40;

    public static string? Truncate(string? text, int maxLength, out bool truncated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        truncated = text is not null && text.Length > maxLength;
        return truncated ? text![..CutLength(text, maxLength)] : text;
    }

    /// <summary>Truncates and adds "{what} of {subject} truncated to {maxLength} characters" when it cut.</summary>
    public static string? Truncate(string? text, int maxLength, ParseWarnings warnings, string what, WarningSubject subject)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var result = Truncate(text, maxLength, out var truncated);
        if (truncated)
        {
            warnings.Add(TruncatedWarning(what, subject, maxLength));
        }

        return result;
    }

    /// <summary>Blank becomes null; text longer than <paramref name="maxLength"/> is cut with a warning.</summary>
    public static string? Clean(string? text, int maxLength, ParseWarnings warnings, string what, WarningSubject subject) =>
        Truncate(string.IsNullOrWhiteSpace(text) ? null : text, maxLength, warnings, what, subject);

    public static string TruncatedWarning(string what, WarningSubject subject, int maxLength) =>
        $"{what} of {subject} truncated to {maxLength} characters";

    /// <summary>How many characters of <paramref name="text"/> to keep so that at most <paramref name="maxLength"/> remain.</summary>
    public static int CutLength(ReadOnlySpan<char> text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text.Length;
        }

        return maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }

    /// <summary>The first non-blank line of a text (a failure message out of a stack trace), trimmed; null when blank.</summary>
    public static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny('\r', '\n');
        return (end < 0 ? trimmed : trimmed[..end]).TrimEnd().ToString();
    }

    /// <summary>A short quotable form of a value for warnings: at most 40 characters, with "…" when cut.</summary>
    public static string Preview(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= PreviewLength ? value : string.Concat(value.AsSpan(0, CutLength(value, PreviewLength)), "…");
    }
}
