using Dot.Api.Connectors;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace Dot.Tests.Api.Connectors;

/// <summary>Runs that stop half-way (cancelled, or told to wait longer than a run waits) and the runs that resume them.</summary>
public sealed class JiraResumeTests(ConnectorRunFactory factory) : IClassFixture<ConnectorRunFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARunCancelledAfterPage2_KeepsWhatItStored_AndTheNextRunResumesWithoutDuplicates()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC")
            .CloudPage(null, "page-2", JiraStub.Issue(1, "Story", T0), JiraStub.Issue(2, "Story", T0.AddMinutes(1)))
            .CloudPage("page-2", "page-3", JiraStub.Issue(3, "Bug", T0.AddMinutes(2)), JiraStub.Issue(4, "Bug", T0.AddMinutes(3)));
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*page-3*")))
            .RespondWith(JiraStub.Json(200, new { issues = new[] { JiraStub.Issue(5, "Task", T0.AddMinutes(4)) }, isLast = true }).WithDelay(TimeSpan.FromSeconds(30)));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);
        var runner = factory.Services.GetRequiredService<ConnectorRunner>();
        using var stop = new CancellationTokenSource();

        var running = runner.TryRunAsync(await harness.DueConnectorAsync(id), "scheduler-a", stop.Token);
        await WaitUntilAsync(async () => (await harness.RunsAsync(id)) is [var run] && run.GetProperty("pages").GetInt32() == 2);
        // Page 3 is asked for at once after page 2 is stored; its answer is 30 s away.
        await Task.Delay(200);
        await stop.CancelAsync();
        Assert.True(await running.WaitAsync(TimeSpan.FromSeconds(10)));
        var stopped = Assert.Single(await harness.RunsAsync(id));
        jira.Server.ResetMappings();
        jira.Myself(timeZone: "UTC").CloudPage(null, null, JiraStub.Issue(4, "Bug", T0.AddMinutes(3)), JiraStub.Issue(5, "Task", T0.AddMinutes(4)));
        await harness.RunNowAsync(id);

        Assert.Equal(("FAILED", 2, 4), (stopped.GetProperty("status").GetString(), stopped.GetProperty("pages").GetInt32(), stopped.GetProperty("itemsFetched").GetInt32()));
        Assert.Contains("resumes from the cursor", stopped.GetProperty("error").GetString(), StringComparison.Ordinal);
        // The watermark of page 2 (09:03 UTC) less the 5-minute overlap.
        Assert.Equal("(project = WEB) AND updated >= \"2026/03/01 08:58\" ORDER BY updated ASC", jira.Searches()[^1].GetProperty("jql").GetString());
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3", "WEB-4", "WEB-5"], (await harness.WorkItemKeysAsync()).Order());
    }

    [Fact]
    public async Task ARetryAfterBeyondTheCap_StopsTheRunAtOnce_AndTheNextRunResumesFromItsCursor()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC")
            .CloudPage(null, "page-2", JiraStub.Issue(1, "Story", T0), JiraStub.Issue(2, "Story", T0.AddMinutes(1)));
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*page-2*")))
            .RespondWith(JiraStub.Json(429, JiraStub.Errors("Rate limit exceeded.")).WithHeader("Retry-After", "600"));
        var harness = await ConnectorHarness.CreateAsync(factory);
        var id = await harness.CreateJiraAsync(jira.BaseUrl);

        await harness.RunDueAsync();
        var limited = Assert.Single(await harness.RunsAsync(id));
        var searchesWhileLimited = jira.Searches().Count;
        jira.Server.ResetMappings();
        jira.Myself(timeZone: "UTC").CloudPage(null, null, JiraStub.Issue(2, "Story", T0.AddMinutes(1)), JiraStub.Issue(3, "Bug", T0.AddMinutes(2)));
        await harness.RunNowAsync(id);

        Assert.Equal(("FAILED", 1), (limited.GetProperty("status").GetString(), limited.GetProperty("pages").GetInt32()));
        Assert.Contains("rate limiting (429) for longer than a run waits (2 s)", limited.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, searchesWhileLimited);
        Assert.Equal("OK", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
        Assert.Equal("(project = WEB) AND updated >= \"2026/03/01 08:56\" ORDER BY updated ASC", jira.Searches()[^1].GetProperty("jql").GetString());
        Assert.Equal(["WEB-1", "WEB-2", "WEB-3"], (await harness.WorkItemKeysAsync()).Order());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail("The run did not store two pages in time.");
    }
}
