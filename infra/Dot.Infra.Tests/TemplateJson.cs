using System.Text.Json;

namespace Dot.Infra.Tests;

/// <summary>Small readers for CloudFormation JSON: a value that may be one item or a list, and every policy statement.</summary>
public static class TemplateJson
{
    /// <summary>A property that CloudFormation allows as a single value or a list, as strings (objects as their JSON).</summary>
    public static IReadOnlyList<string> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(Text).ToList(),
        JsonValueKind.Undefined => [],
        _ => [Text(element)],
    };

    /// <summary>
    /// Every IAM statement anywhere in the element: role, policy, key, bucket, topic and domain policies alike (a WAF
    /// rule's <c>Statement</c> has no <c>Effect</c> and is not one).
    /// </summary>
    public static IEnumerable<JsonElement> Statements(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("Statement", out var statements))
            {
                var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
                foreach (var statement in list.Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("Effect", out _)))
                {
                    yield return statement;
                }
            }
            foreach (var nested in element.EnumerateObject().SelectMany(p => Statements(p.Value)))
            {
                yield return nested;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(Statements))
            {
                yield return nested;
            }
        }
    }

    public static JsonElement Property(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return default;
            }
        }
        return element;
    }

    private static string Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
