using System.Net;
using System.Text.Json;
using Dot.Tests.Api.GraphQL.Connectors;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Audit;

/// <summary>Every configuration change, and every refused attempt a tenant can be named for, is in that tenant's trail.</summary>
public sealed class AuditTrailTests(AuditApiFactory factory) : IClassFixture<AuditApiFactory>
{
    [Fact]
    public async Task ADatasetAndATokenCreatedAndRevoked_AreListedNewestFirst_WithWhoWhatWhenAndWhere()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        var scenario = await TenantScenario.CreateAsync(factory);
        await scenario.Owner.DataAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }", new { id = scenario.UploadTokenId });

        var events = (await AuditRequests.EventsAsync(scenario.Owner, actor: "acme-automation"))
            .Where(e => e.GetProperty("targetId").GetString() is { } target && (target == scenario.DatasetId || target == scenario.UploadTokenId))
            .ToList();

        Assert.Equal(["revokeUploadToken", "createUploadToken", "createDataset"], events.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([scenario.UploadTokenId, scenario.UploadTokenId, scenario.DatasetId], events.Select(e => e.GetProperty("targetId").GetString()));
        Assert.All(events, e =>
        {
            Assert.Equal("CLIENT", e.GetProperty("actorKind").GetString());
            Assert.Equal("SUCCEEDED", e.GetProperty("outcome").GetString());
            Assert.Equal(AuditApiFactory.RemoteAddress.ToString(), e.GetProperty("remoteAddress").GetString());
            Assert.InRange(e.GetProperty("at").GetDateTime(), before, DateTime.UtcNow.AddSeconds(1));
            Assert.Equal(JsonValueKind.Null, e.GetProperty("reason").ValueKind);
        });
    }

    [Fact]
    public async Task ARefusedChange_IsRecordedAsFailed_WithItsCode()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var unknown = "utk_" + new string('x', 20);

        var response = await scenario.Owner.PostAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }", new { id = unknown });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        var failed = await AuditRequests.LatestAsync(scenario.Owner, "revokeUploadToken", unknown);
        Assert.Equal("FAILED", failed.GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", failed.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AMemberTryingAMutation_IsRecordedAsDenied_UnderItsSubject()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var response = await member.PostAsync("mutation { createDataset(input: { name: \"by-a-member\" }) { dataset { id } } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        var denied = (await AuditRequests.EventsAsync(scenario.Owner, "createDataset", "acme-dashboard"))[0];
        Assert.Equal(("DENIED", "ACCESS_DENIED", "CLIENT"), (denied.GetProperty("outcome").GetString(), denied.GetProperty("reason").GetString(), denied.GetProperty("actorKind").GetString()));
    }

    [Fact]
    public async Task AReadTokenTryingAMutation_IsRecordedAsDenied_ByTheTokensId()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var created = await scenario.Owner.DataAsync(
            "mutation($d: ID!) { createReadToken(input: { datasetId: $d, name: \"grafana\" }) { token readToken { id } } }", new { d = scenario.DatasetId });
        var secret = created.GetProperty("createReadToken").GetProperty("token").GetString();
        var tokenId = created.GetProperty("createReadToken").GetProperty("readToken").GetProperty("id").GetString()!;

        var response = await new GraphQLClient(factory.CreateClient(), secret)
            .PostAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }", new { id = scenario.UploadTokenId });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        var denied = (await AuditRequests.EventsAsync(scenario.Owner, actor: tokenId)).Single();
        Assert.Equal(("revokeUploadToken", "READ_TOKEN", "DENIED"), (denied.GetProperty("action").GetString(), denied.GetProperty("actorKind").GetString(), denied.GetProperty("outcome").GetString()));
        Assert.Equal(tokenId, (await AuditRequests.LatestAsync(scenario.Owner, "createReadToken", tokenId)).GetProperty("targetId").GetString());
    }

    [Fact]
    public async Task ConnectorChanges_AreRecorded_AndTheSecretIsNowhereInTheTrail()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        const string Secret = "jira-secret-that-must-not-leak-42";
        var connectorId = (await ConnectorRequests.CreateJiraAsync(scenario.Owner, ConnectorRequests.JiraInput(scenario.DatasetId, token: Secret))).GetProperty("id").GetString()!;
        await scenario.Owner.DataAsync("mutation($id: ID!) { setConnectorSecret(input: { id: $id, secret: \"another-secret-98765\" }) { connector { id } } }", new { id = connectorId });
        await scenario.Owner.DataAsync("mutation($id: ID!) { updateConnector(input: { id: $id, name: \"jira-renamed\" }) { connector { id } } }", new { id = connectorId });
        await scenario.Owner.DataAsync("mutation($id: ID!) { runConnector(input: { id: $id }) { run { id } } }", new { id = connectorId });
        await scenario.Owner.DataAsync("mutation($id: ID!) { deleteConnector(input: { id: $id }) { id } }", new { id = connectorId });

        var response = await scenario.Owner.PostAsync(AuditRequests.Query, new { first = 100 });
        var actions = (await AuditRequests.EventsAsync(scenario.Owner)).Where(e => e.GetProperty("targetId").GetString() == connectorId).Select(e => e.GetProperty("action").GetString());

        Assert.Equal(["deleteConnector", "runConnector", "updateConnector", "setConnectorSecret", "createJiraConnector"], actions);
        Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("another-secret", response.Body, StringComparison.Ordinal);
        Assert.Empty(DataFolderSearch.FilesHolding(factory.DataPath, Secret));
    }

    [Fact]
    public async Task ARevokedReadTokenTryingAMutation_IsRecordedAsUnauthenticated_AQueryIsNot()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var created = (await scenario.Owner.DataAsync("mutation { createReadToken(input: { name: \"old\" }) { token readToken { id } } }")).GetProperty("createReadToken");
        var tokenId = created.GetProperty("readToken").GetProperty("id").GetString()!;
        await scenario.Owner.DataAsync("mutation($id: ID!) { revokeReadToken(input: { id: $id }) { readToken { id } } }", new { id = tokenId });
        var revoked = new GraphQLClient(factory.CreateClient(), created.GetProperty("token").GetString());

        var mutation = await revoked.PostAsync("mutation { createDataset(input: { name: \"late\" }) { dataset { id } } }");
        var query = await revoked.PostAsync("{ datasets { id } }");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (mutation.Status, query.Status));
        var refused = (await AuditRequests.EventsAsync(scenario.Owner, actor: tokenId)).Single();
        Assert.Equal(("createDataset", "READ_TOKEN", "UNAUTHENTICATED"), (refused.GetProperty("action").GetString(), refused.GetProperty("actorKind").GetString(), refused.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task AnUnknownTokenTryingAMutation_IsLogged_NotRecordedInAnyTrail()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var before = await AuditRequests.EventsAsync(scenario.Owner);

        var response = await new GraphQLClient(factory.CreateClient(), "not-a-token").PostAsync("mutation { createDataset(input: { name: \"x\" }) { dataset { id } } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(before.Select(e => e.GetProperty("id").GetString()), (await AuditRequests.EventsAsync(scenario.Owner)).Select(e => e.GetProperty("id").GetString()));
    }
}
