namespace Dot.Domain.Datasets;

/// <summary>The rule for dataset names: trimmed, 1 to 100 characters, no control characters.</summary>
public static class DatasetName
{
    public const int MaxLength = 100;

    public static string? Validate(string? name, out string normalized)
    {
        normalized = name?.Trim() ?? string.Empty;
        if (normalized.Length == 0)
        {
            return "A dataset name must not be empty.";
        }
        if (normalized.Length > MaxLength)
        {
            return $"A dataset name must be at most {MaxLength} characters.";
        }
        return normalized.Any(char.IsControl) ? "A dataset name must not contain control characters." : null;
    }
}
