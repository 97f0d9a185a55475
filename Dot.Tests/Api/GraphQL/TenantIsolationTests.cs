using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL;

/// <summary>Globex passes Acme's ids to every GraphQL entry point and learns nothing, changes nothing.</summary>
public abstract class TenantIsolationSuite(DotApiFactory factory)
{
    [Theory]
    [InlineData("query($id: ID!) { uploadTokens(datasetId: $id) { id } }")]
    [InlineData("query($id: ID!) { uploads(datasetId: $id) { edges { node { id } } } }")]
    [InlineData("query($id: ID!) { testSummary(datasetId: $id) { total } }")]
    [InlineData("mutation($id: ID!) { createUploadToken(input: { datasetId: $id, name: \"x\" }) { token } }")]
    public async Task AnotherTenantsDatasetId_ReadsAsNotFound(string query)
    {
        var acme = await TenantScenario.CreateAsync(factory, "acme-automation");
        await new UploadClient(factory.CreateClient(), acme.UploadToken).PostAsync(JUnitReports.Make(3));
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var response = await globex.PostAsync(query, new { id = acme.DatasetId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.DoesNotContain("dst_", response.Json.GetProperty("data").ToString().Replace(acme.DatasetId, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsTokenId_CannotBeRevoked()
    {
        var acme = await TenantScenario.CreateAsync(factory, "acme-automation");
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var response = await globex.PostAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { id } } }", new { id = acme.UploadTokenId });
        var stillWorks = await new UploadClient(factory.CreateClient(), acme.UploadToken).PostAsync(JUnitReports.Make(1));

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
    }
}

public sealed class TenantIsolationTests(DotApiFactory factory) : TenantIsolationSuite(factory), IClassFixture<DotApiFactory>;
