using System.Globalization;
using System.Text;

namespace Dot.Domain.Analytics;

/// <summary>
/// Where a page of a result search ends: the order, the last hit's sort value and its upload id and position. Sent
/// to clients as opaque text; a cursor of another order, or text that is not a cursor, decodes to null.
/// </summary>
public sealed record TestResultCursor(ResultSort Sort, string UploadId, int Ordinal, DateTimeOffset? Timestamp, double? Duration, string? Name)
{
    public static TestResultCursor After(TestResultHit hit, ResultSort sort)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(sort);
        var document = hit.Document;
        return sort.Field switch
        {
            ResultSortField.Timestamp => new(sort, document.UploadId, hit.Ordinal, document.Timestamp, null, null),
            ResultSortField.Duration => new(sort, document.UploadId, hit.Ordinal, null, document.DurationMs, null),
            ResultSortField.Name => new(sort, document.UploadId, hit.Ordinal, null, null, document.Name),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown sort field."),
        };
    }

    public string Encode()
    {
        var value = Sort.Field switch
        {
            ResultSortField.Timestamp => Timestamp!.Value.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ResultSortField.Duration => Duration!.Value.ToString("R", CultureInfo.InvariantCulture),
            _ => Name!,
        };
        var text = string.Join('|', (int)Sort.Field, (int)Sort.Direction, UploadId, Ordinal.ToString(CultureInfo.InvariantCulture), value);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The cursor a client sent back for a search in <paramref name="sort"/> order, or null when it is not one.</summary>
    public static TestResultCursor? Decode(string? text, ResultSort sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Convert.FromBase64String(text ?? string.Empty)).Split('|', 5);
        }
        catch (FormatException)
        {
            return null;
        }
        if (parts.Length != 5
            || parts[0] != ((int)sort.Field).ToString(CultureInfo.InvariantCulture)
            || parts[1] != ((int)sort.Direction).ToString(CultureInfo.InvariantCulture)
            || parts[2].Length == 0
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            return null;
        }
        var value = parts[4];
        return sort.Field switch
        {
            ResultSortField.Timestamp => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new(sort, parts[2], ordinal, new DateTimeOffset(ticks, TimeSpan.Zero), null, null)
                : null,
            ResultSortField.Duration => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var duration) && double.IsFinite(duration)
                ? new(sort, parts[2], ordinal, null, duration, null)
                : null,
            _ => new(sort, parts[2], ordinal, null, null, value),
        };
    }
}
