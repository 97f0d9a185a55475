using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;

namespace Dot.Api.Connectors.Jira;

/// <summary>
/// One connector's Jira: Cloud (REST v3, <c>POST /rest/api/3/search/jql</c>, Basic auth with e-mail and API token) or
/// Data Center (REST v2, <c>POST /rest/api/2/search</c> with <c>startAt</c>, a personal access token as Bearer).
/// </summary>
public sealed class JiraSite(Connector connector, string secret, ConnectorHttp http)
{
    public const string System = "Jira";

    private readonly bool _cloud = connector.Settings.Deployment != JiraDeployment.DataCenter;

    private string BaseUrl => connector.Settings.BaseUrl!;

    private string Version => _cloud ? "3" : "2";

    /// <summary>The account's time zone (<c>/myself</c>), in which Jira reads JQL dates; this call also proves the credentials.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(Request(HttpMethod.Get, $"rest/api/{Version}/myself", null), System, cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !(root.TryGetProperty("accountId", out _) || root.TryGetProperty("name", out _) || root.TryGetProperty("key", out _)))
            {
                throw NotJira(null);
            }
            return JiraQuery.Zone(root.TryGetProperty("timeZone", out var zone) && zone.ValueKind == JsonValueKind.String ? zone.GetString() : null);
        }
        catch (JsonException exception)
        {
            throw NotJira(exception);
        }
    }

    /// <summary>One page of the search: after <paramref name="nextPageToken"/> on Cloud, from <paramref name="startAt"/> on Data Center.</summary>
    public async Task<(byte[] Body, JiraPage Page)> SearchAsync(
        string jql, IReadOnlyList<string> fields, int pageSize, string? nextPageToken, int startAt, CancellationToken cancellationToken)
    {
        object body = _cloud
            ? new { jql, fields, maxResults = pageSize, nextPageToken }
            : new { jql, fields, maxResults = pageSize, startAt };
        var response = await http.SendAsync(Request(HttpMethod.Post, _cloud ? "rest/api/3/search/jql" : "rest/api/2/search", body), System, cancellationToken);
        var page = JiraPage.Read(response.Body, BaseUrl);
        return page.Issues > pageSize
            ? throw new ConnectorException($"Jira answered {page.Issues} issues for a page of {pageSize}; the run stopped and the cursor did not move.")
            : (response.Body, page);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(BaseUrl), path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _cloud
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connector.Settings.Email}:{secret}")))
            : new AuthenticationHeaderValue("Bearer", secret);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });
        }
        return request;
    }

    private ConnectorException NotJira(Exception? innerException) =>
        new($"{BaseUrl} does not answer like a Jira site (no account at /rest/api/{Version}/myself).", innerException: innerException);
}
