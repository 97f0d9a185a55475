using Dot.Api.Connectors;
using Dot.Tests.Api.Connectors;
using Dot.Tests.Api.GraphQL.Connectors;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// Connector schedules and their leases live in the shared table (<c>DynamoConnectorStore</c>): when the schedulers of
/// two instances find the same connector due at the same moment, it runs once.
/// </summary>
public sealed class TwoInstancesConnectorTests(AwsEmulators aws) : IClassFixture<AwsEmulators>
{
    [Fact]
    public async Task ADueConnector_FoundByBothInstancesSchedulers_RunsOnce()
    {
        using var jira = new JiraStub().Myself(timeZone: "UTC");
        jira.Server.Given(Request.Create().WithPath("/rest/api/3/search/jql").UsingPost())
            .RespondWith(JiraStub.Json(200, new { issues = new[] { JiraStub.Issue(1, "Story", DateTimeOffset.UtcNow) }, isLast = true }).WithDelay(TimeSpan.FromSeconds(1)));
        await using var instances = new TwoInstances(aws);
        instances.Start();
        var scenario = await TenantScenario.CreateAsync(instances.A);
        var connector = await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId, baseUrl: jira.BaseUrl));

        var ran = await Task.WhenAll(new[] { instances.A, instances.B }.Select(instance =>
            instance.Services.GetRequiredService<ConnectorScheduler>().RunDueAsync(CancellationToken.None)));

        Assert.Equal(1, ran.Sum());
        var runs = (await scenario.Owner.DataAsync(
                "query($id: ID!) { connectorRuns(connectorId: $id, first: 10) { edges { node { status } } } }", new { id = connector.GetProperty("id").GetString() }))
            .GetProperty("connectorRuns").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal("SUCCEEDED", Assert.Single(runs).GetProperty("node").GetProperty("status").GetString());
        Assert.Single(jira.Searches());
    }
}
