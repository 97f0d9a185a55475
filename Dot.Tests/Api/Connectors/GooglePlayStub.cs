using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.Server;

namespace Dot.Tests.Api.Connectors;

/// <summary>
/// Google on a loopback port: the OAuth token endpoint (<c>/token</c>) and the Android Publisher API's
/// <c>reviews.list</c>, answering in their documented shapes; plus a service account whose key the test holds.
/// </summary>
public sealed class GooglePlayStub : IDisposable
{
    public const string PackageName = "com.acme.app";
    public const string ClientEmail = "dot-reader@acme-play.iam.gserviceaccount.com";
    public const string AccessToken = "ya29.c.test-access-Zq81";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public RSA Key { get; } = RSA.Create(2048);

    public string TokenUrl => Server.Url + "/token";

    public const string ReviewsPath = $"/androidpublisher/v3/applications/{PackageName}/reviews";

    public string ServiceAccountJson => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["type"] = "service_account",
        ["project_id"] = "acme-play",
        ["private_key_id"] = "4c0f2a9d8e",
        ["private_key"] = Key.ExportPkcs8PrivateKeyPem(),
        ["client_email"] = ClientEmail,
        ["token_uri"] = "https://oauth2.invalid/token",
    });

    /// <summary>A line from the middle of the private key's PEM: what a leak of the secret would show.</summary>
    public string KeyFragment => Key.ExportPkcs8PrivateKeyPem().Split('\n')[5];

    public GooglePlayStub Token()
    {
        Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(JiraStub.Json(200, new { access_token = AccessToken, expires_in = 3599, token_type = "Bearer" }));
        return this;
    }

    /// <summary>A page answered to the request with <paramref name="token"/> (none: the first page, asked without one).</summary>
    public GooglePlayStub Page(string? token, string? next, params object[] reviews)
    {
        var request = Request.Create().WithPath(ReviewsPath).UsingGet();
        Server.Given(token is null ? request : request.WithParam("token", token)).AtPriority(token is null ? 10 : 1).RespondWith(JiraStub.Json(200, next is null
            ? new { reviews, pageInfo = new { resultPerPage = reviews.Length } }
            : (object)new { reviews, tokenPagination = new { nextPageToken = next }, pageInfo = new { resultPerPage = reviews.Length } }));
        return this;
    }

    /// <summary>A review as <c>reviews.list</c> returns it: the user's comment and a developer reply.</summary>
    public static object Review(string id, int stars, DateTimeOffset lastModified, string text) => new
    {
        reviewId = id,
        authorName = "Jane Reviewer",
        comments = new object[]
        {
            new
            {
                userComment = new
                {
                    text,
                    lastModified = new { seconds = lastModified.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nanos = 250000000 },
                    starRating = stars,
                    reviewerLanguage = "en",
                    device = "a71",
                    androidOsVersion = 34,
                    appVersionCode = 412,
                    appVersionName = "4.1.2",
                    thumbsUpCount = 0,
                    thumbsDownCount = 0,
                },
            },
            new { developerComment = new { text = "Thanks!", lastModified = new { seconds = "1772400000", nanos = 0 } } },
        },
    };

    public List<WireMock.Logging.ILogEntry> Requests(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime).ToList();

    public void Dispose()
    {
        Server.Stop();
        Key.Dispose();
    }
}
