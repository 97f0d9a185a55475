using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.ReadTokens;

/// <summary>Each kind of token works where it belongs only: upload tokens never read, read tokens never upload.</summary>
public sealed class TokenKindConfusionTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task UploadToken_OnGraphQL_Answers401()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);

        var response = await new GraphQLClient(factory.CreateClient(), scenario.Tenant.UploadToken).PostAsync("{ datasets { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains("Upload tokens are not accepted here", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadToken_PostingAnUpload_Answers401_AndNothingIsStored()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var (secret, _) = await scenario.CreateReadTokenAsync(scenario.DatasetId);
        var before = await scenario.Tenant.UploadsAsync();

        var answer = await new UploadClient(factory.CreateClient(), secret).PostAsync(JUnitReports.Make(5));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("error=\"invalid_token\"", answer.WwwAuthenticate, StringComparison.Ordinal);
        Assert.Contains("Read tokens are not accepted here, only upload tokens", answer.Error, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await scenario.Tenant.UploadsAsync()).Count);
        Assert.Equal(3, (await scenario.Tenant.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ReadToken_GettingAnUpload_Answers401()
    {
        var scenario = await ReadTokenScenario.CreateAsync(factory);
        var uploadId = Assert.Single(await scenario.Tenant.UploadsAsync()).GetProperty("id").GetString()!;
        var (secret, _) = await scenario.CreateReadTokenAsync(scenario.DatasetId);

        var answer = await new UploadClient(factory.CreateClient(), secret).GetAsync(uploadId);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("Read tokens are not accepted here", answer.Error, StringComparison.Ordinal);
    }
}
