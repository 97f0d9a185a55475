using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Reads the value of the current property as the type a report format expects. A value of another kind is not an
/// error: it is skipped with a warning ("duration is a string, not a number; ignored"), and null is simply absent.
/// </summary>
internal static class JsonValues
{
    public static string? ReadString(this JsonPullReader json, string what)
    {
        json.Read();
        if (json.TokenType is JsonTokenType.String or JsonTokenType.Null)
        {
            return json.GetString();
        }

        Ignore(json, what, "a string");
        return null;
    }

    public static double? ReadNumber(this JsonPullReader json, string what)
    {
        json.Read();
        if (json.TryGetDouble(out var value))
        {
            return value;
        }

        if (json.TokenType != JsonTokenType.Null)
        {
            Ignore(json, what, "a finite number");
        }

        return null;
    }

    public static bool ReadBoolean(this JsonPullReader json, string what)
    {
        json.Read();
        if (json.TokenType is not (JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null))
        {
            Ignore(json, what, "a boolean");
        }

        return json.TokenType == JsonTokenType.True;
    }

    /// <summary>True when the value is an array, the reader on its start; false (and past it) for null or another kind.</summary>
    public static bool ReadArrayStart(this JsonPullReader json, string what) =>
        ReadStart(json, JsonTokenType.StartArray, what, "an array");

    /// <summary>True when the value is an object, the reader on its start; false (and past it) for null or another kind.</summary>
    public static bool ReadObjectStart(this JsonPullReader json, string what) =>
        ReadStart(json, JsonTokenType.StartObject, what, "an object");

    private static bool ReadStart(JsonPullReader json, JsonTokenType start, string what, string expected)
    {
        json.Read();
        if (json.TokenType == start)
        {
            return true;
        }

        if (json.TokenType != JsonTokenType.Null)
        {
            Ignore(json, what, expected);
        }

        return false;
    }

    private static void Ignore(JsonPullReader json, string what, string expected)
    {
        json.Warn($"{what} is {json.Describe()}, not {expected}; ignored");
        json.Skip();
    }
}
