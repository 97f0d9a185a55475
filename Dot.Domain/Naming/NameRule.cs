namespace Dot.Domain.Naming;

/// <summary>The rule for names people give things (datasets, tokens): trimmed, 1 to 100 characters, no control characters.</summary>
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
        return normalized.Any(char.IsControl) ? $"A {what} name must not contain control characters." : null;
    }
}
