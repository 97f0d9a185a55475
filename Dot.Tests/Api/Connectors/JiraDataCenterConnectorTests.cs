using Dot.Api.Connectors;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace Dot.Tests.Api.Connectors;

public sealed class JiraDataCenterConnectorTests(ConnectorRunFactory factory) : IClassFixture<ConnectorRunFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PagesByWhatTheServerReturned_WithABearerToken_ToleratingDuplicates()
    {
        using var jira = new JiraStub().Myself(version: "2", timeZone: "UTC")
            .DataCenterPage(0, 4, JiraStub.Issue(1, "Story", T0), JiraStub.Issue(2, "Bug", T0.AddMinutes(1)))
            .DataCenterPage(2, 4, JiraStub.Issue(2, "Bug", T0.AddMinutes(1)), JiraStub.Issue(3, "Task", T0.AddMinutes(2)));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl, deployment: "DATA_CENTER", token: "dc-pat-71kd");

        await harness.RunDueAsync();

        var searches = jira.Searches();
        Assert.Equal([0, 2], searches.Select(s => s.GetProperty("startAt").GetInt32()));
        Assert.All(jira.Server.LogEntries, e => Assert.Equal("Bearer dc-pat-71kd", e.RequestMessage.Headers!["Authorization"].Single()));
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3"], (await harness.WorkItemKeysAsync()).Order());
        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal(("SUCCEEDED", 2, 4), (run.GetProperty("status").GetString(), run.GetProperty("pages").GetInt32(), run.GetProperty("itemsFetched").GetInt32()));
    }

    [Fact]
    public async Task TwoSchedulersRacingForOneConnector_RunItOnce()
    {
        using var jira = new JiraStub().Myself(version: "2", timeZone: "UTC");
        jira.Server.Given(Request.Create().WithPath("/rest/api/2/search").UsingPost())
            .RespondWith(JiraStub.Json(200, new { startAt = 0, maxResults = 2, total = 1, issues = new[] { JiraStub.Issue(9, "Story", T0) } }).WithDelay(300));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl, deployment: "DATA_CENTER");
        var runner = factory.Services.GetRequiredService<ConnectorRunner>();
        var connector = await harness.DueConnectorAsync(id);

        var ran = await Task.WhenAll(
            runner.TryRunAsync(connector, "scheduler-a", CancellationToken.None),
            runner.TryRunAsync(connector, "scheduler-b", CancellationToken.None));
        var again = await runner.TryRunAsync(connector, "scheduler-c", CancellationToken.None);

        Assert.Single(ran, r => r);
        Assert.False(again);
        Assert.Single(await harness.RunsAsync(id));
        Assert.Single(jira.Searches());
    }
}
