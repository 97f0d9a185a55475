using System.Text.Json;
using Dot.Domain.Reports;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// One answer of Jira's search: how many issues it holds, their keys, the latest <c>updated</c> among them, and how to ask for the
/// next page (Cloud's <c>nextPageToken</c>/<c>isLast</c>, Data Center's <c>total</c>). Anything that is not a search
/// result is a <see cref="ConnectorException"/>.
/// </summary>
public sealed record JiraPage(int Issues, IReadOnlyList<string> Keys, DateTimeOffset? LatestUpdate, string? NextPageToken, bool IsLast, int? Total)
{
    public static JiraPage Read(byte[] body, string baseUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("issues", out var issues) || issues.ValueKind != JsonValueKind.Array)
            {
                throw NotASearchResult(baseUrl, null);
            }
            DateTimeOffset? latest = null;
            var keys = new List<string>();
            foreach (var issue in issues.EnumerateArray())
            {
                if (issue.ValueKind == JsonValueKind.Object && issue.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
                {
                    keys.Add(key.GetString()!);
                }
                if (issue.ValueKind == JsonValueKind.Object && issue.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
                    && fields.TryGetProperty("updated", out var updated) && updated.ValueKind == JsonValueKind.String
                    && TimestampParser.TryParseAnyForm(updated.GetString(), out var at) && (latest is null || at > latest))
                {
                    latest = at;
                }
            }
            var token = root.TryGetProperty("nextPageToken", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var isLast = root.TryGetProperty("isLast", out var l) ? l.ValueKind == JsonValueKind.True : token is null;
            int? total = root.TryGetProperty("total", out var n) && n.TryGetInt32(out var count) ? count : null;
            return new JiraPage(issues.GetArrayLength(), keys, latest, token, isLast, total);
        }
        catch (JsonException exception)
        {
            throw NotASearchResult(baseUrl, exception);
        }
    }

    private static ConnectorException NotASearchResult(string baseUrl, Exception? innerException) =>
        new($"The answer of {baseUrl} is not a Jira search result (not JSON with issues): is it a Jira site?", innerException: innerException);
}
