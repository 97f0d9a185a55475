using System.Text.Json;

namespace Dot.Domain.Reports.Jira;

/// <summary>
/// Reads the sprint field: a list of sprint objects (<c>{"name", "state", …}</c>, Jira Cloud and recent Server), or of
/// the legacy strings older Server versions write (<c>com.atlassian.greenhopper.service.sprint.Sprint@…[id=1,state=CLOSED,name=Sprint 1,…]</c>).
/// The sprint kept is the active one; without one, the last listed (Jira lists an issue's sprints oldest first).
/// </summary>
internal static class JiraSprints
{
    public static string? Current(JsonElement value)
    {
        string? last = null;
        foreach (var sprint in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            var (name, state) = sprint.ValueKind == JsonValueKind.String
                ? Legacy(sprint.GetString()!)
                : (JiraJson.String(sprint, "name"), JiraJson.String(sprint, "state"));
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (string.Equals(state, "active", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            last = name;
        }

        return last;
    }

    /// <summary>
    /// Name and state of a legacy sprint string. Its attributes are <c>key=value</c> joined by commas; a name may hold
    /// commas itself, so a new attribute starts only where a comma is followed by letters and <c>=</c>.
    /// </summary>
    public static (string? Name, string? State) Legacy(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = text.LastIndexOf(']');
        if (open < 0 || close <= open)
        {
            return default;
        }

        var body = text.AsSpan(open + 1, close - open - 1);
        string? name = null;
        string? state = null;
        for (var start = 0; start < body.Length;)
        {
            var end = NextAttribute(body, start);
            var attribute = body[start..end];
            start = end + 1;
            var equals = attribute.IndexOf('=');
            if (equals <= 0 || attribute[(equals + 1)..] is "<null>")
            {
                continue;
            }

            switch (attribute[..equals])
            {
                case "name":
                    name = attribute[(equals + 1)..].ToString();
                    break;
                case "state":
                    state = attribute[(equals + 1)..].ToString();
                    break;
            }
        }

        return (name, state);
    }

    /// <summary>The index of the comma that ends the attribute starting at <paramref name="from"/>, or the length. Linear.</summary>
    private static int NextAttribute(ReadOnlySpan<char> body, int from)
    {
        for (var index = from; ;)
        {
            var comma = body[index..].IndexOf(',');
            if (comma < 0)
            {
                return body.Length;
            }

            comma += index;
            var keyEnd = comma + 1;
            while (keyEnd < body.Length && char.IsAsciiLetter(body[keyEnd]))
            {
                keyEnd++;
            }

            if (keyEnd > comma + 1 && keyEnd < body.Length && body[keyEnd] == '=')
            {
                return comma;
            }

            index = keyEnd;
        }
    }
}
