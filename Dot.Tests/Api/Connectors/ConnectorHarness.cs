using System.Text.Json;
using Dot.Api.Connectors;
using Dot.Domain.Connectors;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Connectors;

/// <summary>An owner with a dataset, and the steps of a connector test: create, run what is due, wait for the worker, read.</summary>
public sealed class ConnectorHarness(ConnectorRunFactory factory, GraphQLClient owner, string datasetId)
{
    public GraphQLClient Owner => owner;

    public string DatasetId => datasetId;

    public static async Task<ConnectorHarness> CreateAsync(ConnectorRunFactory factory)
    {
        var owner = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-automation"));
        return new ConnectorHarness(factory, owner, await TenantScenario.CreateDatasetAsync(owner));
    }

    public async Task<string> CreateJiraAsync(string baseUrl, string deployment = "CLOUD", string token = "jira-api-token-Q7x9")
    {
        var data = await owner.DataAsync(
            "mutation($input: CreateJiraConnectorInput!) { createJiraConnector(input: $input) { connector { id } } }",
            new { input = new { datasetId, name = "jira", baseUrl, deployment, jql = "project = WEB", email = "ci@acme.test", apiToken = token } });
        return data.GetProperty("createJiraConnector").GetProperty("connector").GetProperty("id").GetString()!;
    }

    /// <summary>Runs what is due now, as the scheduler's loop would, then waits until the worker has indexed every upload.</summary>
    public async Task RunDueAsync()
    {
        await factory.Services.GetRequiredService<ConnectorScheduler>().RunDueAsync(CancellationToken.None);
        await WaitForUploadsAsync();
    }

    /// <summary>The stored connector, found among those due (a new or manually run one is due at once).</summary>
    public async Task<Connector> DueConnectorAsync(string connectorId) =>
        (await factory.Services.GetRequiredService<IConnectorStore>().ListDueAsync(DateTimeOffset.UtcNow, 1000, CancellationToken.None))
            .Single(c => c.Id == connectorId);

    public async Task RunNowAsync(string connectorId)
    {
        await owner.DataAsync("mutation($id: ID!) { runConnector(input: { id: $id }) { run { id } } }", new { id = connectorId });
        await RunDueAsync();
    }

    public async Task<List<JsonElement>> RunsAsync(string connectorId) =>
        (await owner.DataAsync(
            "query($id: ID!) { connectorRuns(connectorId: $id, first: 50) { edges { node { id status trigger startedAt finishedAt pages itemsFetched error } } } }",
            new { id = connectorId }))
            .GetProperty("connectorRuns").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    public async Task<JsonElement> ConnectorAsync(string connectorId, string moreFields = "") =>
        (await owner.DataAsync($"query($d: ID) {{ connectors(datasetId: $d) {{ id health nextRunAt lastRun {{ status }} {moreFields} }} }}", new { d = datasetId }))
            .GetProperty("connectors").EnumerateArray().Single(c => c.GetProperty("id").GetString() == connectorId);

    public async Task<List<string>> WorkItemKeysAsync() =>
        (await owner.DataAsync("query($d: ID!) { workItems(datasetId: $d, first: 100) { edges { node { key } } } }", new { d = datasetId }))
            .GetProperty("workItems").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!).ToList();

    private async Task WaitForUploadsAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var uploads = (await owner.DataAsync("query($d: ID!) { uploads(datasetId: $d, first: 100) { edges { node { status } } } }", new { d = datasetId }))
                .GetProperty("uploads").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("status").GetString()).ToList();
            if (uploads.All(s => s is "SUCCEEDED" or "FAILED"))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The worker did not index the connector's uploads in time.");
    }
}
