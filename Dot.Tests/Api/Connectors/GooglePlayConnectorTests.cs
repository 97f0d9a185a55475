using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dot.Tests.Support;
using WireMock.RequestBuilders;

namespace Dot.Tests.Api.Connectors;

public sealed class GooglePlayConnectorTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GooglePlayStub _google = new();
    private readonly ConnectorRunFactory _factory = new();

    public GooglePlayConnectorTests()
    {
        _factory.Settings["Connectors:GooglePlay:BaseUrl"] = _google.Server.Url;
        _factory.Settings["Connectors:GooglePlay:TokenUrl"] = _google.TokenUrl;
    }

    [Fact]
    public async Task ReviewsArePulledWithAServiceAccountToken_PageByPage_IntoTheRatingTrend_AndOnlyNewOnesNextTime()
    {
        _google.Token()
            .Page(null, "p2", GooglePlayStub.Review("gp:r3", 5, T0.AddDays(2), "Great\tWorks offline now"), GooglePlayStub.Review("gp:r2", 4, T0.AddDays(1), "Good"))
            .Page("p2", null, GooglePlayStub.Review("gp:r1", 1, T0, "Crashes on start"));
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);
        var before = DateTimeOffset.UtcNow;

        await harness.RunDueAsync();
        await harness.RunNowAsync(id);

        var tokenRequests = _google.Requests("/token");
        Assert.Equal(2, tokenRequests.Count);
        AssertAssertion(tokenRequests[0].RequestMessage.Body!, before);
        var pages = _google.Requests(GooglePlayStub.ReviewsPath);
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal("Bearer " + GooglePlayStub.AccessToken, p.RequestMessage.Headers!["Authorization"].Single()));
        Assert.Equal(["2", "2", "2"], pages.Select(p => p.RequestMessage.Query!["maxResults"].Single()));
        Assert.Equal([false, true, false], pages.Select(p => p.RequestMessage.Query!.ContainsKey("token")));
        Assert.Equal("p2", pages[1].RequestMessage.Query!["token"].Single());
        var runs = await harness.RunsAsync(id);
        Assert.Equal(("SUCCEEDED", 2, 3), (runs[1].GetProperty("status").GetString(), runs[1].GetProperty("pages").GetInt32(), runs[1].GetProperty("itemsFetched").GetInt32()));
        // The second run stops at the newest review it already has (stored again: an upsert) and reads no further page.
        Assert.Equal(("SUCCEEDED", 1, 1), (runs[0].GetProperty("status").GetString(), runs[0].GetProperty("pages").GetInt32(), runs[0].GetProperty("itemsFetched").GetInt32()));
        var trend = (await harness.Owner.DataAsync(
            "query($d: ID!) { appRatingTrend(datasetId: $d, interval: DAY, from: \"2026-03-01T00:00:00Z\", to: \"2026-03-04T00:00:00Z\") { count averageRating } }",
            new { d = harness.DatasetId })).GetProperty("appRatingTrend").EnumerateArray().ToList();
        Assert.Equal([1L, 1L, 1L], trend.Select(p => p.GetProperty("count").GetInt64()));
        Assert.Equal([1.0, 4.0, 5.0], trend.Select(p => p.GetProperty("averageRating").GetDouble()));
        Assert.NotEmpty(DataFolderSearch.FilesHolding(_factory.DataPath, "Crashes on start"));
        AssertNoSecretLeaked();
    }

    [Theory]
    [InlineData("reviews", 401, "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}", "rejected the credentials (401)")]
    [InlineData("token", 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}", "Invalid JWT Signature: Google refused the service account")]
    public async Task ARefusedServiceAccount_FailsTheRunAtOnce_AndTheConnectorNeedsAttention(string where, int status, string body, string expected)
    {
        if (where == "reviews")
        {
            _google.Token();
        }
        _google.Server.Given(Request.Create().WithPath(where == "token" ? "/token" : GooglePlayStub.ReviewsPath))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal("FAILED", run.GetProperty("status").GetString());
        Assert.Contains(expected, run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(_google.Requests(where == "token" ? "/token" : GooglePlayStub.ReviewsPath));
        Assert.Equal("NEEDS_ATTENTION", (await harness.ConnectorAsync(id)).GetProperty("health").GetString());
        AssertNoSecretLeaked();
    }

    [Theory]
    [InlineData(false, "not a list of reviews")]
    [InlineData(true, "answered 3 reviews for a page of 2")]
    public async Task ABadReviewsAnswer_FailsTheRunCleanly_AndStoresNothing(bool tooMany, string expected)
    {
        _google.Token();
        var response = tooMany
            ? JiraStub.Json(200, new { reviews = new[] { GooglePlayStub.Review("a", 1, T0, "x"), GooglePlayStub.Review("b", 2, T0, "y"), GooglePlayStub.Review("c", 3, T0, "z") } })
            : WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody("<html><body>Sign in</body></html>");
        _google.Server.Given(Request.Create().WithPath(GooglePlayStub.ReviewsPath)).RespondWith(response);
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal(("FAILED", 0), (run.GetProperty("status").GetString(), run.GetProperty("pages").GetInt32()));
        Assert.Contains(expected, run.GetProperty("error").GetString(), StringComparison.Ordinal);
        var trend = (await harness.Owner.DataAsync(
            "query($d: ID!) { appRatingTrend(datasetId: $d, interval: DAY, from: \"2026-03-01T00:00:00Z\", to: \"2026-03-02T00:00:00Z\") { count } }",
            new { d = harness.DatasetId })).GetProperty("appRatingTrend").EnumerateArray().Select(p => p.GetProperty("count").GetInt64());
        Assert.Equal([0L], trend);
    }

    [Fact]
    public async Task RateLimited_ThenAnswered_TheRunWaitsAndSucceeds()
    {
        _google.Token();
        _google.Server.Given(Request.Create().WithPath(GooglePlayStub.ReviewsPath)).InScenario("limit").WillSetStateTo("open")
            .RespondWith(JiraStub.Json(429, new { error = new { code = 429, message = "Quota exceeded.", status = "RESOURCE_EXHAUSTED" } }).WithHeader("Retry-After", "1"));
        _google.Server.Given(Request.Create().WithPath(GooglePlayStub.ReviewsPath)).InScenario("limit").WhenStateIs("open")
            .RespondWith(JiraStub.Json(200, new { reviews = new[] { GooglePlayStub.Review("gp:r9", 3, T0, "Fine") } }));
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);

        await harness.RunDueAsync();

        var run = Assert.Single(await harness.RunsAsync(id));
        Assert.Equal(("SUCCEEDED", 1), (run.GetProperty("status").GetString(), run.GetProperty("itemsFetched").GetInt32()));
        Assert.Equal(2, _google.Requests(GooglePlayStub.ReviewsPath).Count);
    }

    [Fact]
    public async Task TestConnector_ConnectsWithTheServiceAccount_AndAnInvalidSecretIsRefused_KeepingTheOldOne()
    {
        _google.Token().Page(null, null);
        var harness = await ConnectorHarness.CreateAsync(_factory);
        var id = await CreateAsync(harness);
        const string Test = "mutation($id: ID!) { testConnector(input: { id: $id }) { ok message } }";
        const string SetSecret = "mutation($input: SetConnectorSecretInput!) { setConnectorSecret(input: $input) { connector { secretSetAt } } }";
        var setAt = (await harness.ConnectorAsync(id, "secretSetAt")).GetProperty("secretSetAt").GetString();

        var tested = (await harness.Owner.DataAsync(Test, new { id })).GetProperty("testConnector");
        var notJson = await harness.Owner.PostAsync(SetSecret, new { input = new { id, secret = "-----BEGIN PRIVATE KEY----- not json" } });
        var noKey = await harness.Owner.PostAsync(SetSecret, new { input = new { id, secret = "{\"type\":\"service_account\",\"client_email\":\"a@b.c\"}" } });
        var testedAgain = (await harness.Owner.DataAsync(Test, new { id })).GetProperty("testConnector");

        Assert.True(tested.GetProperty("ok").GetBoolean(), tested.GetProperty("message").GetString());
        Assert.Equal(["INVALID_INPUT"], notJson.ErrorCodes);
        Assert.Contains("not JSON", notJson.Body, StringComparison.Ordinal);
        Assert.Equal(["INVALID_INPUT"], noKey.ErrorCodes);
        Assert.Contains("private_key", noKey.Body, StringComparison.Ordinal);
        Assert.True(testedAgain.GetProperty("ok").GetBoolean());
        Assert.Equal(setAt, (await harness.ConnectorAsync(id, "secretSetAt")).GetProperty("secretSetAt").GetString());
        Assert.Equal("1", _google.Requests(GooglePlayStub.ReviewsPath)[0].RequestMessage.Query!["maxResults"].Single());
    }

    [Fact]
    public async Task APackageNameThatIsNotAnApplicationId_IsInvalidInput_AndNothingIsSaved()
    {
        var harness = await ConnectorHarness.CreateAsync(_factory);

        var response = await harness.Owner.PostAsync(
            "mutation($input: CreateGooglePlayConnectorInput!) { createGooglePlayConnector(input: $input) { connector { id } } }",
            new { input = new { datasetId = harness.DatasetId, name = "android", packageName = "../../admin", serviceAccountJson = _google.ServiceAccountJson } });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Contains("packageName", response.Body, StringComparison.Ordinal);
        Assert.Empty((await harness.Owner.DataAsync("query($d: ID) { connectors(datasetId: $d) { id } }", new { d = harness.DatasetId })).GetProperty("connectors").EnumerateArray());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _google.Dispose();
    }

    private async Task<string> CreateAsync(ConnectorHarness harness)
    {
        var created = await harness.Owner.DataAsync(
            "mutation($input: CreateGooglePlayConnectorInput!) { createGooglePlayConnector(input: $input) { connector { id kind } } }",
            new { input = new { datasetId = harness.DatasetId, name = "android", packageName = GooglePlayStub.PackageName, serviceAccountJson = _google.ServiceAccountJson } });
        return created.GetProperty("createGooglePlayConnector").GetProperty("connector").GetProperty("id").GetString()!;
    }

    private void AssertAssertion(string formBody, DateTimeOffset before)
    {
        var form = formBody.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", form["grant_type"]);
        var parts = form["assertion"].Split('.');
        var header = JsonDocument.Parse(JwtParts.FromBase64Url(parts[0])).RootElement;
        var claims = JsonDocument.Parse(JwtParts.FromBase64Url(parts[1])).RootElement;
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal(GooglePlayStub.ClientEmail, claims.GetProperty("iss").GetString());
        Assert.Equal("https://www.googleapis.com/auth/androidpublisher", claims.GetProperty("scope").GetString());
        Assert.Equal(_google.TokenUrl, claims.GetProperty("aud").GetString());
        var (iat, exp) = (claims.GetProperty("iat").GetInt64(), claims.GetProperty("exp").GetInt64());
        Assert.InRange(iat, before.ToUnixTimeSeconds() - 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        Assert.InRange(exp - iat, 1, 3600);
        Assert.True(_google.Key.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), JwtParts.FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private void AssertNoSecretLeaked()
    {
        foreach (var secret in new[] { _google.KeyFragment, GooglePlayStub.AccessToken })
        {
            Assert.DoesNotContain(_factory.Logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
            Assert.Empty(DataFolderSearch.FilesHolding(_factory.DataPath, secret));
        }
    }
}
