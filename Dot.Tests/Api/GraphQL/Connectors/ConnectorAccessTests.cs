using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Connectors;

public sealed class ConnectorAccessTests(ConnectorApiFactory factory) : IClassFixture<ConnectorApiFactory>
{
    [Fact]
    public async Task AMemberReadsConnectors_ButCannotCreateChangeRunOrDelete()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var id = (await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId))).GetProperty("id").GetString();
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var listed = await member.DataAsync(ConnectorRequests.List, new { d = scenario.DatasetId });

        Assert.Single(listed.GetProperty("connectors").EnumerateArray());
        Assert.Equal(["ACCESS_DENIED"], (await member.PostAsync(ConnectorRequests.CreateJira, new { input = ConnectorRequests.JiraInput(scenario.DatasetId) })).ErrorCodes);
        foreach (var mutation in new[] { "runConnector", "deleteConnector" })
        {
            var response = await member.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ id: $id }}) {{ __typename }} }}", new { id });
            Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        }
        Assert.Equal(["ACCESS_DENIED"], (await member.PostAsync(
            "mutation($id: ID!) { setConnectorSecret(input: { id: $id, secret: \"x\" }) { __typename } }", new { id })).ErrorCodes);
    }

    [Fact]
    public async Task AReadTokenSeesNothingOfConnectors()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var id = (await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId))).GetProperty("id").GetString();
        var token = (await scenario.Owner.DataAsync(
            "mutation($d: ID!) { createReadToken(input: { datasetId: $d, name: \"grafana\" }) { token } }", new { d = scenario.DatasetId }))
            .GetProperty("createReadToken").GetProperty("token").GetString();
        var reader = new GraphQLClient(factory.CreateClient(), token);

        Assert.Equal(["ACCESS_DENIED"], (await reader.PostAsync(ConnectorRequests.List, new { d = scenario.DatasetId })).ErrorCodes);
        Assert.Equal(["ACCESS_DENIED"], (await reader.PostAsync(
            "query($id: ID!) { connectorRuns(connectorId: $id) { edges { node { id } } } }", new { id })).ErrorCodes);
    }

    [Fact]
    public async Task AnotherTenantsConnectorIsNotFound_AndNotListed()
    {
        var acme = await TenantScenario.CreateAsync(factory);
        var id = (await ConnectorRequests.CreateJiraAsync(acme.Owner, ConnectorRequests.JiraInput(acme.DatasetId))).GetProperty("id").GetString();
        var globex = await TenantScenario.CreateAsync(factory, "globex-automation");

        Assert.Empty((await globex.Owner.DataAsync(ConnectorRequests.List, new { d = (string?)null })).GetProperty("connectors").EnumerateArray());
        Assert.Equal(["NOT_FOUND"], (await globex.Owner.PostAsync(ConnectorRequests.List, new { d = acme.DatasetId })).ErrorCodes);
        foreach (var mutation in new[] { "runConnector", "deleteConnector" })
        {
            Assert.Equal(["NOT_FOUND"], (await globex.Owner.PostAsync($"mutation($id: ID!) {{ {mutation}(input: {{ id: $id }}) {{ __typename }} }}", new { id })).ErrorCodes);
        }
        Assert.Equal(["NOT_FOUND"], (await globex.Owner.PostAsync(
            "mutation($id: ID!) { updateConnector(input: { id: $id, name: \"x\" }) { __typename } }", new { id })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await globex.Owner.PostAsync(
            "query($id: ID!) { connectorRuns(connectorId: $id) { edges { node { id } } } }", new { id })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await globex.Owner.PostAsync(ConnectorRequests.CreateJira, new { input = ConnectorRequests.JiraInput(acme.DatasetId) })).ErrorCodes);
        Assert.Single((await acme.Owner.DataAsync(ConnectorRequests.List, new { d = acme.DatasetId })).GetProperty("connectors").EnumerateArray());
    }
}
