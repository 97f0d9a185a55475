using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.UploadTokens;

/// <summary>The owner's token lifecycle: create (shown once), list (never the secret), revoke, expiry rules, roles.</summary>
public abstract class UploadTokenSuite(DotApiFactory factory)
{
    private const string List = "query($id: ID!) { uploadTokens(datasetId: $id) { id name prefix createdAt expiresAt lastUsedAt revokedAt state } }";
    private const string Create = "mutation($input: CreateUploadTokenInput!) { createUploadToken(input: $input) { token uploadToken { id expiresAt } } }";

    [Fact]
    public async Task Create_ReturnsSecretOnce_ExpiringInAYear()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var payload = (await scenario.Owner.DataAsync(Create, new { input = new { datasetId = scenario.DatasetId, name = "nightly" } })).GetProperty("createUploadToken");

        var token = payload.GetProperty("token").GetString()!;
        Assert.Matches("^dot_upl_[0-9A-Za-z]{49}$", token);
        var expiresAt = payload.GetProperty("uploadToken").GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(366));
    }

    [Fact]
    public async Task List_ShowsPrefixAndDates_NeverTheSecret()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(1));

        var response = await scenario.Owner.PostAsync(List, new { id = scenario.DatasetId });

        var listed = Assert.Single(response.Json.GetProperty("data").GetProperty("uploadTokens").EnumerateArray());
        Assert.DoesNotContain(scenario.UploadToken, response.Body, StringComparison.Ordinal);
        Assert.StartsWith(listed.GetProperty("prefix").GetString()!, scenario.UploadToken, StringComparison.Ordinal);
        Assert.Equal("ACTIVE", listed.GetProperty("state").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task Revoke_IsIdempotent_AndListedAsRevoked()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        const string Revoke = "mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { revokedAt state } } }";

        var first = (await scenario.Owner.DataAsync(Revoke, new { id = scenario.UploadTokenId })).GetProperty("revokeUploadToken").GetProperty("uploadToken");
        var second = (await scenario.Owner.DataAsync(Revoke, new { id = scenario.UploadTokenId })).GetProperty("revokeUploadToken").GetProperty("uploadToken");

        Assert.Equal("REVOKED", first.GetProperty("state").GetString());
        Assert.Equal(first.GetProperty("revokedAt").GetString(), second.GetProperty("revokedAt").GetString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public async Task Create_WithExpiryInThePastOrBeyondAYear_IsInvalidInput(int days)
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync(Create, new { input = new { datasetId = scenario.DatasetId, name = "x", expiresAt = DateTime.UtcNow.AddDays(days) } });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Member_CannotCreateListOrRevokeTokens()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var list = await member.PostAsync(List, new { id = scenario.DatasetId });
        var create = await member.PostAsync(Create, new { input = new { datasetId = scenario.DatasetId, name = "x" } });
        var revoke = await member.PostAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }", new { id = scenario.UploadTokenId });

        Assert.All([list, create, revoke], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.All([list, create, revoke], r => Assert.Equal(["ACCESS_DENIED"], r.ErrorCodes));
    }
}

public sealed class UploadTokenTests(DotApiFactory factory) : UploadTokenSuite(factory), IClassFixture<DotApiFactory>;
