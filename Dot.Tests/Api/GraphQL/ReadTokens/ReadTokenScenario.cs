using System.Net;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>The read-token requests the tests send, and a tenant whose dataset already holds test results.</summary>
public sealed record ReadTokenScenario(DotApiFactory Factory, TenantScenario Tenant)
{
    public const string Create = "mutation($input: CreateReadTokenInput!) { createReadToken(input: $input) { token readToken { id datasetId scope prefix expiresAt lastUsedAt state } } }";
    public const string List = "query($id: ID) { readTokens(datasetId: $id) { id name prefix datasetId scope createdAt expiresAt lastUsedAt revokedAt state } }";
    public const string Revoke = "mutation($id: ID!) { revokeReadToken(input: { id: $id }) { readToken { id revokedAt state } } }";

    /// <summary>Every query that returns Restricted data, by field name, each taking <c>$id</c> as its dataset.</summary>
    public static TheoryData<string> RestrictedQueries => new()
    {
        "query($id: ID!) { testSummary(datasetId: $id) { total passed failed } }",
        "query($id: ID!) { uploads(datasetId: $id) { edges { node { id counts { tests } } } } }",
        "query($id: ID!) { testRuns(datasetId: $id) { edges { node { id summary { total } } } } }",
        "query($id: ID!) { workItems(datasetId: $id) { edges { node { key summary } } } }",
        "query($id: ID!) { defectSummary(datasetId: $id) { key total } }",
        "query($id: ID!) { defectAging(datasetId: $id) { count } }",
        "query($id: ID!) { workItemThroughput(datasetId: $id) { count } }",
    };

    public GraphQLClient Owner => Tenant.Owner;

    public string DatasetId => Tenant.DatasetId;

    /// <summary>A tenant (Acme unless said otherwise) with a dataset holding one upload of three tests, one failed.</summary>
    public static async Task<ReadTokenScenario> CreateAsync(DotApiFactory factory, string ownerClientId = "acme-automation")
    {
        var tenant = await TenantScenario.CreateAsync(factory, ownerClientId);
        var upload = await new UploadClient(factory.CreateClient(), tenant.UploadToken).PostAsync(JUnitReports.Make(passed: 2, failed: 1));
        Assert.Equal(HttpStatusCode.OK, upload.Status);
        return new ReadTokenScenario(factory, tenant);
    }

    /// <summary>The owner creates a read token (the whole tenant when <paramref name="datasetId"/> is null); returns the secret and the token.</summary>
    public Task<(string Secret, JsonElement Token)> CreateReadTokenAsync(string? datasetId = null, string? scope = null, DateTime? expiresAt = null) =>
        CreateReadTokenAsync(Owner, datasetId, scope, expiresAt);

    public static async Task<(string Secret, JsonElement Token)> CreateReadTokenAsync(GraphQLClient owner, string? datasetId = null, string? scope = null, DateTime? expiresAt = null)
    {
        var data = await owner.DataAsync(Create, new { input = Input(datasetId, scope, expiresAt) });
        var payload = data.GetProperty("createReadToken");
        return (payload.GetProperty("token").GetString()!, payload.GetProperty("readToken"));
    }

    /// <summary>The createReadToken input with only the fields given (an explicit null would override the scope's default).</summary>
    public static Dictionary<string, object?> Input(string? datasetId = null, string? scope = null, DateTime? expiresAt = null, string name = "grafana")
    {
        var input = new Dictionary<string, object?> { ["name"] = name };
        if (datasetId is not null)
        {
            input["datasetId"] = datasetId;
        }
        if (scope is not null)
        {
            input["scope"] = scope;
        }
        if (expiresAt is not null)
        {
            input["expiresAt"] = expiresAt;
        }
        return input;
    }

    /// <summary>A GraphQL client that sends <paramref name="secret"/> as its bearer token, as a dashboard does.</summary>
    public GraphQLClient Dashboard(string secret) => new(Factory.CreateClient(), secret);
}
