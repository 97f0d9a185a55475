using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>Only owners manage read tokens, and only their own tenant's: members are refused, other tenants learn nothing.</summary>
public sealed class ReadTokenOwnershipTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task Member_CannotCreateListOrRevokeReadTokens()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (_, token) = await scenario.CreateReadTokenAsync();
        var member = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("acme-dashboard"));

        var create = await member.PostAsync(ReadTokenScenario.Create, new { input = ReadTokenScenario.Input() });
        var list = await member.PostAsync(ReadTokenScenario.List);
        var revoke = await member.PostAsync(ReadTokenScenario.Revoke, new { id = token.GetProperty("id").GetString() });

        Assert.All([create, list, revoke], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.All([create, list, revoke], r => Assert.Equal(["ACCESS_DENIED"], r.ErrorCodes));
    }

    [Fact]
    public async Task AnotherTenant_NeitherListsNorRevokesTheTokens()
    {
        var acme = await ReadTokenScenario.CreateAsync(factory, "acme-automation");
        var (secret, token) = await acme.CreateReadTokenAsync(acme.DatasetId);
        var tokenId = token.GetProperty("id").GetString();
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var listAll = await globex.DataAsync(ReadTokenScenario.List);
        var listAcmeDataset = await globex.PostAsync(ReadTokenScenario.List, new { id = acme.DatasetId });
        var revoke = await globex.PostAsync(ReadTokenScenario.Revoke, new { id = tokenId });
        var stillWorks = await acme.Dashboard(secret).PostAsync("{ datasets { id } }");

        Assert.DoesNotContain(tokenId!, listAll.ToString(), StringComparison.Ordinal);
        Assert.Equal(["NOT_FOUND"], listAcmeDataset.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], revoke.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
    }

    [Fact]
    public async Task Create_ForAnotherTenantsDataset_IsNotFound_AndNothingIsIssued()
    {
        var acme = await ReadTokenScenario.CreateAsync(factory, "acme-automation");
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var response = await globex.PostAsync(ReadTokenScenario.Create, new { input = ReadTokenScenario.Input(acme.DatasetId) });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.DoesNotContain("dot_read_", response.Body, StringComparison.Ordinal);
    }
}
