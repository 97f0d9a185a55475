using System.Text;
using Dot.Tests.Support;
using WireMock.RequestBuilders;

namespace Dot.Tests.Api.Connectors;

public sealed class JiraCloudConnectorTests(ConnectorRunFactory factory) : IClassFixture<ConnectorRunFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheFirstRunFetchesEveryPage_ThenTheNextOnlyWhatChanged_InTheAccountsTimeZone()
    {
        using var jira = new JiraStub().Myself(timeZone: "Europe/Berlin")
            .CloudPage(null, "page-2", JiraStub.Issue(1, "Epic", T0), JiraStub.Issue(2, "Story", T0.AddMinutes(10)))
            .CloudPage("page-2", null, JiraStub.Issue(3, "Bug", T0.AddMinutes(30)));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl, token: "cloud-token-8Hq2");

        await harness.RunDueAsync();
        await harness.RunNowAsync(id);

        var searches = jira.Searches();
        Assert.Equal("(project = WEB) ORDER BY updated ASC", searches[0].GetProperty("jql").GetString());
        Assert.Equal("page-2", searches[1].GetProperty("nextPageToken").GetString());
        var fields = searches[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("updated", fields);
        Assert.DoesNotContain("*all", fields);
        Assert.Equal(2, searches[0].GetProperty("maxResults").GetInt32());
        // The watermark 09:30 UTC is 10:30 in Berlin (CET); less the 5-minute overlap.
        Assert.Equal("(project = WEB) AND updated >= \"2026/03/01 10:25\" ORDER BY updated ASC", searches[2].GetProperty("jql").GetString());
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ci@acme.test:cloud-token-8Hq2"));
        Assert.All(jira.Server.LogEntries, e => Assert.Equal(expectedAuth, e.RequestMessage.Headers!["Authorization"].Single()));
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3"], (await harness.WorkItemKeysAsync()).Order());
        var runs = await harness.RunsAsync(id);
        Assert.Equal(["SUCCEEDED", "SUCCEEDED"], runs.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(("SCHEDULE", 2, 3), (runs[1].GetProperty("trigger").GetString(), runs[1].GetProperty("pages").GetInt32(), runs[1].GetProperty("itemsFetched").GetInt32()));
        Assert.Equal("MANUAL", runs[0].GetProperty("trigger").GetString());
        Assert.Equal("OK", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains("cloud-token-8Hq2", StringComparison.Ordinal));
        Assert.Empty(DataFolderSearch.FilesHolding(factory.DataPath, "cloud-token-8Hq2"));
    }

    [Fact]
    public async Task RejectedCredentials_FailTheRunAtOnce_AndTheConnectorNeedsAttention()
    {
        using var jira = new JiraStub();
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/myself")).RespondWith(JiraStub.Json(401, JiraStub.Errors("Unauthorized")));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal("FAILED", run.GetProperty("status").GetString());
        Assert.Contains("rejected the credentials (401)", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(jira.Server.LogEntries);
        Assert.Equal("NEEDS_ATTENTION", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
    }

    [Fact]
    public async Task RateLimited_ThenAnswered_TheRunWaitsAndSucceeds()
    {
        using var jira = new JiraStub().Myself();
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost()).InScenario("limit").WillSetStateTo("open")
            .RespondWith(JiraStub.Json(429, JiraStub.Errors("Rate limit exceeded.")).WithHeader("Retry-After", "1"));
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost()).InScenario("limit").WhenStateIs("open")
            .RespondWith(JiraStub.Json(200, new { issues = new[] { JiraStub.Issue(7, "Task", T0) }, isLast = true }));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal(("SUCCEEDED", 1), (run.GetProperty("status").GetString(), run.GetProperty("itemsFetched").GetInt32()));
        Assert.Equal(2, jira.Searches().Count);
        Assert.Equal(["WEB-7"], await harness.WorkItemKeysAsync());
    }

    [Fact]
    public async Task AServerErrorStorm_IsRetriedWithBackoff_ThenFailsTheRun_AndARunLaterResumesFromTheCursor()
    {
        using var jira = new JiraStub().Myself()
            .CloudPage(null, "page-2", JiraStub.Issue(1, "Story", T0), JiraStub.Issue(2, "Story", T0.AddMinutes(1)));
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*page-2*")))
            .RespondWith(JiraStub.Json(500, JiraStub.Errors("Internal server error")));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();
        var failed = Assert.Single(await harness.RunsAsync(id));
        jira.Server.ResetMappings();
        jira.Myself().CloudPage(null, null, JiraStub.Issue(2, "Story", T0.AddMinutes(1)), JiraStub.Issue(3, "Bug", T0.AddMinutes(2)));
        await harness.RunNowAsync(id);

        Assert.Equal(("FAILED", 1, 2), (failed.GetProperty("status").GetString(), failed.GetProperty("pages").GetInt32(), failed.GetProperty("itemsFetched").GetInt32()));
        Assert.Contains("answered 500: Internal server error", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        var searches = jira.Searches();
        // The first try and Connectors:MaxRetries (3) more, then the run gives up.
        Assert.Equal(1 + 3, searches.Count(s => s.TryGetProperty("nextPageToken", out _)));
        Assert.Contains("updated >= \"2026/03/01 09:56\"", searches[^1].GetProperty("jql").GetString(), StringComparison.Ordinal);
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3"], (await harness.WorkItemKeysAsync()).Order());
    }

    [Theory]
    [InlineData(400, "{\"errorMessages\":[\"Error in the JQL Query: Expecting operator but got 'WEB'.\"],\"errors\":{}}", "answered 400: Error in the JQL Query")]
    [InlineData(200, "<html><body>Welcome to nginx</body></html>", "is not a Jira search result")]
    [InlineData(200, "{\"issues\":[{\"key\":\"A-1\"},{\"key\":\"A-2\"},{\"key\":\"A-3\"}],\"isLast\":true}", "3 issues for a page of 2")]
    public async Task ABadSearchAnswer_FailsTheRunCleanly_AndStoresNothing(int status, string body, string expected)
    {
        using var jira = new JiraStub().Myself();
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status).WithBody(body));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal(("FAILED", 0), (run.GetProperty("status").GetString(), run.GetProperty("pages").GetInt32()));
        Assert.Contains(expected, run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(await harness.WorkItemKeysAsync());
        Assert.Equal("OK", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
    }

    [Fact]
    public async Task TestConnector_SaysInOneSentenceWhatIsWrong()
    {
        using var jira = new JiraStub().Myself();
        using var notJira = new JiraStub();
        notJira.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("<html></html>"));
        using var forbidden = new JiraStub();
        forbidden.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(JiraStub.Json(403, JiraStub.Errors("Forbidden")));
        var harness = await ConnectorHarness.CreateAsync(factory);
        const string Test = "mutation($id: ID!) { testConnector(input: { id: $id }) { ok message } }";

        async Task<(bool, string)> TestAsync(string baseUrl)
        {
            var answer = (await harness.Owner.DataAsync(Test, new { id = await harness.CreateJiraAsync(baseUrl) })).GetProperty("testConnector");
            return (answer.GetProperty("ok").GetBoolean(), answer.GetProperty("message").GetString()!);
        }

        var (ok, message) = await TestAsync(jira.BaseUrl);
        var (notJiraOk, notJiraMessage) = await TestAsync(notJira.BaseUrl);
        var (forbiddenOk, forbiddenMessage) = await TestAsync(forbidden.BaseUrl);
        var (closedOk, closedMessage) = await TestAsync("http://127.0.0.1:9/");

        Assert.True(ok, message);
        Assert.False(notJiraOk);
        Assert.Contains("does not answer like a Jira site", notJiraMessage, StringComparison.Ordinal);
        Assert.False(forbiddenOk);
        Assert.Contains("(403)", forbiddenMessage, StringComparison.Ordinal);
        Assert.False(closedOk);
        Assert.Contains("unreachable", closedMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnector_OnASiteWithAnUntrustedCertificate_SaysTheTlsHandshakeFailed()
    {
        using var certificate = SelfSignedCertificate.ForLocalhost();
        using var selfSigned = WireMock.Server.WireMockServer.Start(new WireMock.Settings.WireMockServerSettings
        {
            UseSSL = true,
            CertificateSettings = new WireMock.Settings.WireMockCertificateSettings { X509Certificate = certificate },
        });
        selfSigned.Given(Request.Create().UsingAnyMethod()).RespondWith(JiraStub.Json(200, new { accountId = "5b10a2844c20165700ede21g" }));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(selfSigned.Url + "/");

        var answer = (await harness.Owner.DataAsync("mutation($id: ID!) { testConnector(input: { id: $id }) { ok message } }", new { id })).GetProperty("testConnector");

        Assert.StartsWith("https://", selfSigned.Url, StringComparison.Ordinal);
        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Contains("TLS handshake", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(selfSigned.LogEntries);
    }
}
