using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>A read token's scope of data classes: PUBLIC reads only Public data, RESTRICTED reads all of it.</summary>
public sealed class ReadTokenDataScopeTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Theory]
    [MemberData(nameof(ReadTokenScenario.RestrictedQueries), MemberType = typeof(ReadTokenScenario))]
    public async Task PublicToken_OnRestrictedData_IsAccessDenied_AndGetsNoData(string query)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scope: "PUBLIC");

        var response = await scenario.Dashboard(secret).PostAsync(query, new { id = scenario.DatasetId });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
    }

    [Theory]
    [MemberData(nameof(ReadTokenScenario.RestrictedQueries), MemberType = typeof(ReadTokenScenario))]
    public async Task RestrictedToken_ReadsRestrictedData(string query)
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scope: "RESTRICTED");

        var response = await scenario.Dashboard(secret).PostAsync(query, new { id = scenario.DatasetId });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body);
    }

    [Fact]
    public async Task PublicToken_ReadsPublicData()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scenario.DatasetId, "PUBLIC");

        var data = await scenario.Dashboard(secret).DataAsync("{ me { dataScope } datasets { id name } }");

        Assert.Equal("PUBLIC", data.GetProperty("me").GetProperty("dataScope").GetString());
        Assert.Equal(scenario.DatasetId, Assert.Single(data.GetProperty("datasets").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task PublicToken_AskingForPublicAndRestrictedData_GetsNeither()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scope: "PUBLIC");

        var response = await scenario.Dashboard(secret).PostAsync("query($id: ID!) { datasets { id } testSummary(datasetId: $id) { total } }", new { id = scenario.DatasetId });

        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.DoesNotContain(scenario.DatasetId, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInMember_ReadsRestrictedData()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var data = await member.DataAsync("query($id: ID!) { me { dataScope datasetId } testSummary(datasetId: $id) { total } }", new { id = scenario.DatasetId });

        Assert.Equal("RESTRICTED", data.GetProperty("me").GetProperty("dataScope").GetString());
        Assert.Equal(3, data.GetProperty("testSummary").GetProperty("total").GetInt64());
    }
}
