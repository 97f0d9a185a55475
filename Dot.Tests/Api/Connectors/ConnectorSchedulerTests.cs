using System.Text.Json;
using WireMock.RequestBuilders;

namespace Dot.Tests.Api.Connectors;

public sealed class ConnectorSchedulerTests(ConnectorRunFactory factory) : IClassFixture<ConnectorRunFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DueConnectors_RunSideBySide_EachOnce()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC");
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost())
            .RespondWith(JiraStub.Json(200, new { issues = new[] { JiraStub.Issue(1, "Story", T0) }, isLast = true }).WithDelay(TimeSpan.FromSeconds(1)));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var first = await harness.CreateJiraAsync(jira.BaseUrl);
        var second = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();

        var runs = new[] { Assert.Single(await harness.RunsAsync(first)), Assert.Single(await harness.RunsAsync(second)) };
        Assert.All(runs, r => Assert.Equal("SUCCEEDED", r.GetProperty("status").GetString()));
        // Each run waited a second for its search; the two waits overlapped.
        Assert.True(At(runs[0], "startedAt") < At(runs[1], "finishedAt") && At(runs[1], "startedAt") < At(runs[0], "finishedAt"));
        Assert.Equal(2, jira.Searches().Count);
    }

    private static DateTimeOffset At(JsonElement run, string field) => run.GetProperty(field).GetDateTimeOffset();
}
