using System.Net;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.Uploads;

/// <summary>Every way an upload token can fail answers 401 with the reason, and stores nothing.</summary>
public sealed class UploadTokenAuthenticationTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    public static TheoryData<string?, string> BadTokens => new()
    {
        { null, "required" },
        { "Basic dXNlcjpwYXNz", "required" },
        { "Bearer not-a-token", "malformed" },
        { "Bearer dot_upl_" + new string('A', 49), "malformed" },
        { "Bearer dot_read_" + new string('A', 49), "malformed" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_WithBadToken_Answers401AndStoresNothing(string? authorization, string reason)
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/uploads?wait=5") { Content = new ByteArrayContent(JUnitReports.Make(3)) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await scenario.UploadsAsync());
    }

    [Fact]
    public async Task Post_WithWrongChecksum_Answers401Malformed()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var tampered = scenario.UploadToken[..^1] + (scenario.UploadToken[^1] == 'a' ? 'b' : 'a');

        var answer = await new UploadClient(factory.CreateClient(), tampered).PostAsync(JUnitReports.Make(1));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("checksum", answer.Error, StringComparison.Ordinal);
        Assert.Empty(await scenario.UploadsAsync());
    }

    [Fact]
    public async Task Post_WithUnknownWellFormedToken_Answers401Unknown()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var stranger = Dot.Domain.Tokens.SecretToken.Generate(Dot.Domain.Tokens.TokenPrefixes.Upload);

        var answer = await new UploadClient(factory.CreateClient(), stranger).PostAsync(JUnitReports.Make(1));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("unknown", answer.Error, StringComparison.Ordinal);
        Assert.Empty(await scenario.UploadsAsync());
    }

    [Fact]
    public async Task Post_WithRevokedToken_Answers401Revoked()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        Assert.Equal(HttpStatusCode.OK, (await uploads.PostAsync(JUnitReports.Make(1))).Status);

        await scenario.Owner.DataAsync("mutation($id: ID!) { revokeUploadToken(input: { id: $id }) { uploadToken { revokedAt } } }", new { id = scenario.UploadTokenId });
        var answer = await uploads.PostAsync(JUnitReports.Make(2));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("revoked", answer.Error, StringComparison.Ordinal);
        Assert.Single(await scenario.UploadsAsync());
    }

    [Fact]
    public async Task Post_WithExpiredToken_Answers401Expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var clocked = new DotApiFactory { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var owner = new GraphQLClient(clocked.CreateClient(), await clocked.GetClientTokenAsync("acme-automation"));
        var datasetId = await TenantScenario.CreateDatasetAsync(owner);
        var (token, _) = await TenantScenario.CreateUploadTokenAsync(owner, datasetId, clock.GetUtcNow().UtcDateTime.AddDays(1));
        var uploads = new UploadClient(clocked.CreateClient(), token);
        Assert.Equal(HttpStatusCode.OK, (await uploads.PostAsync(JUnitReports.Make(1))).Status);

        clock.Advance(TimeSpan.FromDays(1));
        var answer = await uploads.PostAsync(JUnitReports.Make(2));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("expired", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithAnotherDatasetsToken_Answers404()
    {
        var first = await TenantScenario.CreateAsync(factory);
        var second = await TenantScenario.CreateAsync(factory);
        var upload = await new UploadClient(factory.CreateClient(), first.UploadToken).PostAsync(JUnitReports.Make(1));

        var answer = await new UploadClient(factory.CreateClient(), second.UploadToken).GetAsync(upload.Id);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Get_WithAnotherTenantsToken_Answers404()
    {
        var acme = await TenantScenario.CreateAsync(factory, "acme-automation");
        var globex = await TenantScenario.CreateAsync(factory, "globex-automation");
        var upload = await new UploadClient(factory.CreateClient(), acme.UploadToken).PostAsync(JUnitReports.Make(1));

        var answer = await new UploadClient(factory.CreateClient(), globex.UploadToken).GetAsync(upload.Id);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Get_WithGuessedUploadId_Answers404()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).GetAsync(Dot.Domain.Identifiers.OpaqueId.New("upl"));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Get_WithoutToken_Answers401()
    {
        var answer = await new UploadClient(factory.CreateClient(), null).GetAsync("upl_x");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }
}
