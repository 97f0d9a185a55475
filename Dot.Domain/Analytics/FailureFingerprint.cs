using System.Text.RegularExpressions;

namespace Dot.Domain.Analytics;

/// <summary>
/// What failures have in common when they are "the same failure": the message with what changes from one execution
/// to the next replaced by a placeholder, in this order — quoted text (<c>"…"</c>, <c>'…'</c>, <c>`…`</c>) by
/// <c>&lt;str&gt;</c>, URLs by <c>&lt;url&gt;</c>, GUIDs by <c>&lt;guid&gt;</c>, dates and times by <c>&lt;time&gt;</c>,
/// file paths (Windows, absolute, <c>./</c> <c>../</c> <c>~/</c>, or relative with two separators or a file
/// extension) by <c>&lt;path&gt;</c>, hex numbers (<c>0x…</c>, or eight or more hex digits mixing digits and
/// letters) by <c>&lt;hex&gt;</c>, and numbers not glued to a word before them by <c>&lt;n&gt;</c> — then white space
/// collapsed to single spaces and the result cut to <see cref="MaxLength"/> characters. So
/// <c>Timeout after 3012 ms waiting for /tmp/run-1/x.lock</c> and <c>Timeout after 2987 ms waiting for
/// /tmp/run-2/x.lock</c> are both <c>Timeout after &lt;n&gt; ms waiting for &lt;path&gt;</c>, while words with digits
/// (<c>Sha256</c>, <c>Test1</c>) and apostrophes (<c>can't</c>) stay. A failure without a message has the empty
/// fingerprint. Pure, and computed once per failed execution at ingest, so every store groups by the same text.
/// </summary>
public static partial class FailureFingerprint
{
    public const int MaxLength = 500;

    /// <summary>How much of a message is read: what varies is nearly always near the start.</summary>
    public const int MaxInputLength = 4096;

    private const int TimeoutMilliseconds = 250;

    public static string Of(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return string.Empty;
        }
        var text = message.Length > MaxInputLength ? message[..MaxInputLength] : message;
        try
        {
            text = Quoted().Replace(text, "<str>");
            text = Url().Replace(text, "<url>");
            text = Guid().Replace(text, "<guid>");
            text = Time().Replace(text, "<time>");
            text = WindowsPath().Replace(text, "<path>");
            text = RootedPath().Replace(text, "<path>");
            text = RelativePath().Replace(text, "<path>");
            text = Hex().Replace(text, "<hex>");
            text = Number().Replace(text, "<n>");
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological message keeps the placeholders made so far; it still groups with itself.
        }
        text = WhiteSpace().Replace(text, " ").Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    [GeneratedRegex("""(?<!\w)"[^"\r\n]*"|(?<!\w)'[^'\r\n]*'(?!\w)|`[^`\r\n]*`""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex("""\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s"'<>]+""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex("""\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Guid();

    [GeneratedRegex("""\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Time();

    [GeneratedRegex("""\b[A-Za-z]:\\[^\s"'<>|*?]*|\\\\[^\s"'<>|*?\\]+\\[^\s"'<>|*?]*""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex WindowsPath();

    [GeneratedRegex("""(?<![\w.~/<>-])(?:~|\.{1,2})?(?:/[\w.@+\-]+)+/?""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex RootedPath();

    [GeneratedRegex("""(?<![\w.@+\-/<])[\w.@+\-]+(?:(?:/[\w.@+\-]+){2,}|/[\w@+\-]+\.[A-Za-z]\w*)(?![\w/])""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex RelativePath();

    [GeneratedRegex("""\b0[xX][0-9A-Fa-f]+\b|\b(?=[0-9A-Fa-f]*[0-9])(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{8,}\b""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Hex();

    [GeneratedRegex("""(?<![\w.])\d+(?:[.,]\d+)*""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Number();

    [GeneratedRegex("""\s+""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex WhiteSpace();
}
