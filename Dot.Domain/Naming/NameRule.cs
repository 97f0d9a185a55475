namespace Dot.Domain.Naming;

/// <summary>
/// The rule for names people give things (datasets, tokens): trimmed, 1 to 100 characters, no hidden characters. The
/// same test of hidden characters holds for every label a request carries (run keys, environments, archive entries).
/// </summary>
public static class NameRule
{
    public const int MaxLength = 100;

    /// <summary>Null when <paramref name="name"/> is acceptable, else a sentence naming <paramref name="what"/>.</summary>
    public static string? Validate(string what, string? name, out string normalized)
    {
        normalized = name?.Trim() ?? string.Empty;
        if (normalized.Length is 0 or > MaxLength)
        {
            return $"A {what} name must be 1 to {MaxLength} characters.";
        }
        return HasHiddenCharacters(normalized) ? $"A {what} name must not contain control or invisible characters." : null;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a control character (ESC, CR, LF, …), a bidirectional override or
    /// isolate (U+202A–U+202E, U+2066–U+2069) or a zero-width character (U+200B–U+200F, U+FEFF): characters that
    /// make a name show as something other than what it is, in a terminal, a log or a page.
    /// </summary>
    public static bool HasHiddenCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\u200B' and <= '\u200F') or '\uFEFF');
    }
}
