using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Connectors;

/// <summary>The connector mutations and queries as a script sends them.</summary>
internal static class ConnectorRequests
{
    public const string Fields = "id datasetId name kind enabled schedule secretSetAt nextRunAt health baseUrl deployment jql email lastRun { id status }";

    public const string CreateJira =
        "mutation($input: CreateJiraConnectorInput!) { createJiraConnector(input: $input) { connector { " + Fields + " } } }";

    public const string List = "query($d: ID) { connectors(datasetId: $d) { " + Fields + " } }";

    public static object JiraInput(string datasetId, string token = "jira-token-1234567890", string baseUrl = "https://acme.atlassian.net", string? schedule = null) =>
        new { datasetId, name = "jira-web", baseUrl, deployment = "CLOUD", jql = "project = WEB", email = "ci@acme.test", apiToken = token, schedule };

    public static async Task<JsonElement> CreateJiraAsync(GraphQLClient owner, object input) =>
        (await owner.DataAsync(CreateJira, new { input })).GetProperty("createJiraConnector").GetProperty("connector");
}
