using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.Server;

namespace Dot.Tests.Api.Connectors;

public sealed class AppStoreConnectorTests : IDisposable
{
    private readonly WireMockServer _appStore = WireMockServer.Start();
    private readonly ConnectorRunFactory _factory;
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public AppStoreConnectorTests()
    {
        _factory = new ConnectorRunFactory();
        _factory.Settings["Connectors:AppStore:BaseUrl"] = _appStore.Url;
    }

    [Fact]
    public async Task ReviewsArePulledWithASignedToken_PageByPage_IntoTheRatingTrend_AndOnlyNewOnesNextTime()
    {
        var next = _appStore.Url + "/v1/apps/1234/customerReviews?cursor=Mg&limit=200";
        _appStore.Given(Request.Create().WithPath("/v1/apps/1234/customerReviews").WithParam("sort", "-createdDate").WithParam("limit", "200"))
            .AtPriority(2)
            .RespondWith(JiraStub.Json(200, new { data = new[] { Review("r3", 5, "2026-03-03T10:00:00-07:00"), Review("r2", 4, "2026-03-02T10:00:00-07:00") }, links = new { self = "x", next } }));
        _appStore.Given(Request.Create().WithPath("/v1/apps/1234/customerReviews").WithParam("cursor", "Mg")).AtPriority(1)
            .RespondWith(JiraStub.Json(200, new { data = new[] { Review("r1", 1, "2026-03-01T10:00:00-07:00") }, links = new { self = "y" } }));
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);

        await harness.RunDueAsync();
        await harness.RunNowAsync(id);

        var requests = _appStore.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal(3, requests.Count);
        foreach (var request in requests)
        {
            AssertSignedToken(request.RequestMessage.Headers!["Authorization"].Single());
        }
        var runs = await harness.RunsAsync(id);
        Assert.Equal(("SUCCEEDED", 2, 3), (runs[1].GetProperty("status").GetString(), runs[1].GetProperty("pages").GetInt32(), runs[1].GetProperty("itemsFetched").GetInt32()));
        Assert.Equal("SUCCEEDED", runs[0].GetProperty("status").GetString());
        var trend = (await harness.Owner.DataAsync(
            "query($d: ID!) { appRatingTrend(datasetId: $d, interval: DAY, from: \"2026-03-01T00:00:00Z\", to: \"2026-03-04T00:00:00Z\") { count averageRating } }",
            new { d = harness.DatasetId })).GetProperty("appRatingTrend").EnumerateArray().Select(p => p.GetProperty("count").GetInt64()).ToList();
        Assert.Equal([1L, 1L, 1L], trend);
        AssertKeyNotLeaked();
    }

    [Fact]
    public async Task RejectedCredentials_FailTheRun_AndThePrivateKeyIsInNoLogLineOrDataFile()
    {
        _appStore.Given(Request.Create().WithPath("/v1/apps/1234/customerReviews"))
            .RespondWith(JiraStub.Json(401, new { errors = new[] { new { status = "401", code = "NOT_AUTHORIZED", detail = "Provide a properly configured and signed bearer token." } } }));
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Contains("rejected the credentials (401)", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("NEEDS_ATTENTION", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
        Assert.Contains(_factory.Logs.Messages, m => m.Contains("rejected the credentials", StringComparison.Ordinal));
        AssertKeyNotLeaked();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _appStore.Stop();
        _key.Dispose();
    }

    private async Task<string> CreateAsync(ConnectorHarness harness)
    {
        var created = await harness.Owner.DataAsync(
            "mutation($input: CreateAppStoreConnectorInput!) { createAppStoreConnector(input: $input) { connector { id kind } } }",
            new { input = new { datasetId = harness.DatasetId, name = "ios", appId = "1234", issuerId = "57246542-96fe-1a63-e053-0824d011072a", keyId = "2X9R4HXF34", privateKey = _key.ExportPkcs8PrivateKeyPem() } });
        return created.GetProperty("createAppStoreConnector").GetProperty("connector").GetProperty("id").GetString()!;
    }

    /// <summary>The key's PEM body, line by line: none may appear in a log line or a data file.</summary>
    private void AssertKeyNotLeaked()
    {
        var lines = _key.ExportPkcs8PrivateKeyPem().Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.DoesNotContain(_factory.Logs.Messages, m => m.Contains(line, StringComparison.Ordinal));
            Assert.Empty(DataFolderSearch.FilesHolding(_factory.DataPath, line));
        }
    }

    private void AssertSignedToken(string authorization)
    {
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        var parts = authorization["Bearer ".Length..].Split('.');
        var header = JsonDocument.Parse(JwtParts.FromBase64Url(parts[0])).RootElement;
        var claims = JsonDocument.Parse(JwtParts.FromBase64Url(parts[1])).RootElement;
        Assert.Equal(("ES256", "2X9R4HXF34"), (header.GetProperty("alg").GetString(), header.GetProperty("kid").GetString()));
        Assert.Equal(("57246542-96fe-1a63-e053-0824d011072a", "appstoreconnect-v1"), (claims.GetProperty("iss").GetString(), claims.GetProperty("aud").GetString()));
        Assert.InRange(claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64(), 1, 20 * 60);
        Assert.True(_key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), JwtParts.FromBase64Url(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    private static object Review(string id, int rating, string createdDate) => new
    {
        type = "customerReviews",
        id,
        attributes = new { rating, title = "Title " + id, body = "Body " + id, reviewerNickname = "someone", createdDate, territory = "USA" },
        links = new { self = "z" },
    };
}
