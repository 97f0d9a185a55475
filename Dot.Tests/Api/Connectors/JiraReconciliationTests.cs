namespace Dot.Tests.Api.Connectors;

public sealed class JiraReconciliationTests(ConnectorRunFactory factory) : IClassFixture<ConnectorRunFactory>
{
    private const string Update = "mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connector { reconcileHours } } }";
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnIssueGoneFromJira_StaysThroughIncrementalRuns_AndTheNextFullReconciliationRemovesIt()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC")
            .CloudPage(null, "page-2", JiraStub.Issue(1, "Story", T0), JiraStub.Issue(2, "Bug", T0.AddMinutes(1)))
            .CloudPage("page-2", null, JiraStub.Issue(3, "Task", T0.AddMinutes(2)));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();
        jira.Server.ResetMappings();
        jira.Myself(timeZone: "UTC").CloudPage(null, null, JiraStub.Issue(1, "Story", T0), JiraStub.Issue(3, "Task", T0.AddMinutes(2)));
        await harness.RunNowAsync(id);
        var afterIncremental = await harness.WorkItemKeysAsync();
        var changed = (await harness.Owner.DataAsync(Update, new { input = new { id, reconcileHours = 0 } })).GetProperty("updateConnector").GetProperty("connector");
        await harness.RunNowAsync(id);

        var searches = jira.Searches();
        Assert.Equal(4, searches.Count);
        Assert.Contains("updated >=", searches[2].GetProperty("jql").GetString(), StringComparison.Ordinal);
        Assert.Equal("(project = WEB) ORDER BY updated ASC", searches[3].GetProperty("jql").GetString());
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3"], afterIncremental.Order());
        Assert.Equal(0, changed.GetProperty("reconcileHours").GetInt32());
        Assert.Equal(["WEB-1", "WEB-3"], (await harness.WorkItemKeysAsync()).Order());
        Assert.All(await harness.RunsAsync(id), r => Assert.Equal("SUCCEEDED", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task AnEmptyFullListing_RemovesNothing()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC").CloudPage(null, null, JiraStub.Issue(1, "Story", T0));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);
        await harness.Owner.DataAsync(Update, new { input = new { id, reconcileHours = 0 } });

        await harness.RunDueAsync();
        jira.Server.ResetMappings();
        jira.Myself(timeZone: "UTC").CloudPage(null, null);
        await harness.RunNowAsync(id);

        Assert.Equal("(project = WEB) ORDER BY updated ASC", jira.Searches()[^1].GetProperty("jql").GetString());
        Assert.Equal(["WEB-1"], await harness.WorkItemKeysAsync());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9000)]
    public async Task AReconcileIntervalOutOfRange_IsInvalidInput_AndNothingChanges(int hours)
    {
        using var jira = new JiraStub();
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        var response = await harness.Owner.PostAsync(Update, new { input = new { id, reconcileHours = hours, name = "renamed" } });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Contains("reconcileHours", response.Body, StringComparison.Ordinal);
        var stored = await harness.ConnectorAsync(id, "name reconcileHours");
        Assert.Equal(("jira", System.Text.Json.JsonValueKind.Null), (stored.GetProperty("name").GetString(), stored.GetProperty("reconcileHours").ValueKind));
    }
}
