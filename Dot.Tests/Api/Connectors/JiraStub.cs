using System.Text.Json;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Dot.Tests.Api.Connectors;

/// <summary>A Jira on a loopback port that answers like the documented REST API: /myself, search/jql (Cloud) and search (Data Center).</summary>
public sealed class JiraStub : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    public string BaseUrl => Server.Url! + "/";

    public JiraStub Myself(string version = "3", string timeZone = "Europe/Berlin")
    {
        Server.Given(Request.Create().WithPath($"/rest/api/{version}/myself").UsingGet())
            .RespondWith(Json(200, new { accountId = "5b10a2844c20165700ede21g", timeZone, active = true }));
        return this;
    }

    /// <summary>A Cloud page: answered to the search whose body holds <paramref name="token"/> as nextPageToken (none for the first).</summary>
    public JiraStub CloudPage(string? token, string? next, params object[] issues)
    {
        var request = Request.Create().WithPath("/rest/api/3/search/jql").UsingPost();
        request = token is null
            ? request.WithBody(new WildcardMatcher(MatchBehaviour.RejectOnMatch, "*nextPageToken*"))
            : request.WithBody(new WildcardMatcher($"*\"nextPageToken\":\"{token}\"*"));
        Server.Given(request).RespondWith(Json(200, next is null ? new { issues, isLast = true } : (object)new { issues, nextPageToken = next, isLast = false }));
        return this;
    }

    /// <summary>A Data Center page for one <c>startAt</c>: the server decides its size, whatever maxResults asked.</summary>
    public JiraStub DataCenterPage(int startAt, int total, params object[] issues)
    {
        Server.Given(Request.Create().WithPath("/rest/api/2/search").UsingPost().WithBody(new WildcardMatcher($"*\"startAt\":{startAt}*")))
            .RespondWith(Json(200, new { startAt, maxResults = issues.Length, total, issues }));
        return this;
    }

    public static object Issue(int id, string type, DateTimeOffset updated, string category = "new") => new
    {
        id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        key = $"WEB-{id}",
        fields = new
        {
            summary = $"Issue {id}",
            issuetype = new { name = type },
            status = new { name = category == "done" ? "Done" : "To Do", statusCategory = new { key = category } },
            project = new { key = "WEB" },
            created = JiraTime(updated.AddDays(-3)),
            updated = JiraTime(updated),
            resolutiondate = category == "done" ? JiraTime(updated) : null,
        },
    };

    /// <summary>Jira's error body.</summary>
    public static object Errors(string message) => new { errorMessages = new[] { message }, errors = new { } };

    /// <summary>Jira's timestamp form: 2024-03-04T09:30:01.123+0000.</summary>
    public static string JiraTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + "+0000";

    public static IResponseBuilder Json(int status, object body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    /// <summary>The search requests Jira received, in order, as JSON.</summary>
    public List<JsonElement> Searches() =>
        Server.LogEntries.Where(e => e.RequestMessage.Path.Contains("search", StringComparison.Ordinal))
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement).ToList();

    public void Dispose() => Server.Stop();
}
