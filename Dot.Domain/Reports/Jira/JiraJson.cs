using System.Globalization;
using System.Text.Json;

namespace Dot.Domain.Reports.Jira;

/// <summary>Lenient reads of Jira's JSON: a missing property, null, or a value of another kind is simply absent.</summary>
internal static class JiraJson
{
    /// <summary>The property's value, or an undefined element when there is none (or it is null, or the name is blank).</summary>
    public static JsonElement Property(JsonElement element, string? name) =>
        element.ValueKind == JsonValueKind.Object && !string.IsNullOrWhiteSpace(name)
            && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : default;

    public static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The <c>name</c> of an object property, as in <c>"status": {"name": "Done"}</c>.</summary>
    public static string? Name(JsonElement element, string name) => String(Property(element, name), "name");

    /// <summary>A string, an option object's <c>value</c> (or <c>name</c>), or the first such in a list.</summary>
    public static string? OptionText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => String(value, "value") ?? String(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(OptionText).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)),
        _ => null,
    };

    /// <summary>A JSON number, or a string holding one in invariant form.</summary>
    public static bool TryGetNumber(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
                && double.IsFinite(number),
            _ => false,
        };
    }

    /// <summary>A short form of any value for warnings.</summary>
    public static string Preview(JsonElement value) =>
        TextTruncation.Preview(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
}
