using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Connectors;

public abstract class ConnectorApiSuite(DotApiFactory factory)
{
    [Fact]
    public async Task AnOwnerCreatesAJiraConnector_AndListsIt_WithoutItsSecret()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var created = await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId, token: "s3cret-jira-token-XYZ"));
        var listed = (await scenario.Owner.DataAsync(ConnectorRequests.List, new { d = scenario.DatasetId })).GetProperty("connectors");

        Assert.Equal("JIRA", created.GetProperty("kind").GetString());
        Assert.Equal("0 * * * *", created.GetProperty("schedule").GetString());
        Assert.Equal("OK", created.GetProperty("health").GetString());
        Assert.Equal("https://acme.atlassian.net/", created.GetProperty("baseUrl").GetString());
        Assert.Equal("CLOUD", created.GetProperty("deployment").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, created.GetProperty("secretSetAt").ValueKind);
        Assert.Equal(created.GetProperty("id").GetString(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        Assert.DoesNotContain("s3cret-jira-token-XYZ", listed.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(DataFolderSearch.FilesHolding(factory.DataPath, "s3cret-jira-token-XYZ"));
    }

    [Fact]
    public async Task UpdateSetSecretAndDelete_ChangeTheConnector()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var id = (await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId))).GetProperty("id").GetString();

        var updated = (await scenario.Owner.DataAsync(
            "mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connector { name schedule enabled health nextRunAt jql } } }",
            new { input = new { id, name = "renamed", schedule = "*/15 * * * *", enabled = false, jql = "project = APP" } }))
            .GetProperty("updateConnector").GetProperty("connector");
        var secret = (await scenario.Owner.DataAsync(
            "mutation($input: SetConnectorSecretInput!) { setConnectorSecret(input: $input) { connector { secretSetAt } } }",
            new { input = new { id, secret = "another-token-abcdef" } })).GetProperty("setConnectorSecret").GetProperty("connector");
        await scenario.Owner.DataAsync("mutation($id: ID!) { deleteConnector(input: { id: $id }) { id } }", new { id });

        Assert.Equal(("renamed", "*/15 * * * *", false, "DISABLED", "project = APP"),
            (updated.GetProperty("name").GetString(), updated.GetProperty("schedule").GetString(), updated.GetProperty("enabled").GetBoolean(),
                updated.GetProperty("health").GetString(), updated.GetProperty("jql").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.GetProperty("nextRunAt").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, secret.GetProperty("secretSetAt").ValueKind);
        Assert.Empty((await scenario.Owner.DataAsync(ConnectorRequests.List, new { d = scenario.DatasetId })).GetProperty("connectors").EnumerateArray());
        Assert.Empty(DataFolderSearch.FilesHolding(factory.DataPath, "another-token-abcdef"));
    }

    [Fact]
    public async Task RunConnector_QueuesOneManualRun_ListedInConnectorRuns()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var id = (await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId))).GetProperty("id").GetString();
        const string Run = "mutation($id: ID!) { runConnector(input: { id: $id }) { run { id status } } }";

        var first = (await scenario.Owner.DataAsync(Run, new { id })).GetProperty("runConnector").GetProperty("run");
        var second = (await scenario.Owner.DataAsync(Run, new { id })).GetProperty("runConnector").GetProperty("run");
        var runs = (await scenario.Owner.DataAsync(
            "query($id: ID!) { connectorRuns(connectorId: $id, first: 10) { edges { node { id status trigger pages itemsFetched error } } } }", new { id }))
            .GetProperty("connectorRuns").GetProperty("edges");

        Assert.Equal("QUEUED", first.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        var node = Assert.Single(runs.EnumerateArray()).GetProperty("node");
        Assert.Equal(("MANUAL", 0), (node.GetProperty("trigger").GetString(), node.GetProperty("pages").GetInt32()));
    }

    [Theory]
    [InlineData("schedule", "every hour", "cron expression")]
    [InlineData("baseUrl", "http://acme.atlassian.net", "must use https")]
    [InlineData("baseUrl", "ftp://acme", "must use https")]
    [InlineData("apiToken", " ", "secret is empty")]
    public async Task BadJiraInput_IsInvalidInput_AndNothingIsSaved(string field, string value, string expected)
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var input = new Dictionary<string, object?>
        {
            ["datasetId"] = scenario.DatasetId,
            ["name"] = "jira",
            ["baseUrl"] = "https://acme.atlassian.net",
            ["deployment"] = "CLOUD",
            ["jql"] = "project = WEB",
            ["email"] = "ci@acme.test",
            ["apiToken"] = "token-123",
            [field] = value,
        };

        var response = await scenario.Owner.PostAsync(ConnectorRequests.CreateJira, new { input });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Contains(expected, response.Body, StringComparison.Ordinal);
        Assert.Empty((await scenario.Owner.DataAsync(ConnectorRequests.List, new { d = scenario.DatasetId })).GetProperty("connectors").EnumerateArray());
    }

    [Fact]
    public async Task AnAppStoreKeyThatIsNotP256_AndAServiceAccountWithoutKey_AreInvalidInput()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);

        foreach (var key in new[] { rsa.ExportPkcs8PrivateKeyPem(), p384.ExportPkcs8PrivateKeyPem(), "not a key" })
        {
            var response = await scenario.Owner.PostAsync(
                "mutation($input: CreateAppStoreConnectorInput!) { createAppStoreConnector(input: $input) { connector { id } } }",
                new { input = new { datasetId = scenario.DatasetId, name = "ios", appId = "1", issuerId = "i", keyId = "k", privateKey = key } });
            Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
            Assert.Contains("P-256", response.Body, StringComparison.Ordinal);
        }
        var google = await scenario.Owner.PostAsync(
            "mutation($input: CreateGooglePlayConnectorInput!) { createGooglePlayConnector(input: $input) { connector { id } } }",
            new { input = new { datasetId = scenario.DatasetId, name = "android", packageName = "com.acme", serviceAccountJson = "{\"client_email\":\"a@b.c\"}" } });

        Assert.Equal(["INVALID_INPUT"], google.ErrorCodes);
        Assert.Contains("private_key", google.Body, StringComparison.Ordinal);
        Assert.Empty((await scenario.Owner.DataAsync(ConnectorRequests.List, new { d = scenario.DatasetId })).GetProperty("connectors").EnumerateArray());
    }
}

public sealed class ConnectorApiTests(ConnectorApiFactory factory) : ConnectorApiSuite(factory), IClassFixture<ConnectorApiFactory>;
