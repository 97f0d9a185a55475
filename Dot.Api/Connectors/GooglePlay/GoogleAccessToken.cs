using System.Security.Cryptography;
using System.Text.Json;
using Dot.Api.Connectors.Http;

namespace Dot.Api.Connectors.GooglePlay;

/// <summary>
/// An OAuth access token for a service account through the JWT bearer grant (RFC 7523): an assertion signed RS256
/// with the account's private key (<c>iss</c> its e-mail, <c>scope</c> the Android Publisher API, <c>aud</c> the
/// token endpoint, one hour) is exchanged at <c>Connectors:GooglePlay:TokenUrl</c>. A refusal there (a key revoked or
/// deleted, an unknown account) needs its owner, so the connector is marked.
/// </summary>
public static class GoogleAccessToken
{
    public const string Scope = "https://www.googleapis.com/auth/androidpublisher";

    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static readonly TimeSpan AssertionLifetime = TimeSpan.FromHours(1);

    private const string System = "Google's token endpoint";

    public static async Task<string> RequestAsync(ConnectorHttp http, Uri tokenUrl, string serviceAccountJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokenUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = GrantType,
                ["assertion"] = Assertion(serviceAccountJson, tokenUrl, now),
            }),
        };
        ConnectorResponse response;
        try
        {
            response = await http.SendAsync(request, System, cancellationToken);
        }
        catch (ConnectorException refused) when (refused.StatusCode is >= 400 and < 500 and not 429)
        {
            throw new ConnectorException(
                $"{refused.Message.TrimEnd('.')}: Google refused the service account; check its key and set the secret again.", needsAttention: true, refused);
        }
        return AccessTokenOf(response.Body);
    }

    public static string Assertion(string serviceAccountJson, Uri tokenUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tokenUrl);
        var account = ConnectorSecretRules.GoogleServiceAccount(serviceAccountJson);
        using var key = RSA.Create();
        key.ImportFromPem(account.PrivateKey);
        return CompactJwt.Create(
            new { alg = "RS256", typ = "JWT" },
            new
            {
                iss = account.ClientEmail,
                scope = Scope,
                aud = tokenUrl.AbsoluteUri,
                iat = now.ToUnixTimeSeconds(),
                exp = (now + AssertionLifetime).ToUnixTimeSeconds(),
            },
            input => key.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private static string AccessTokenOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String
                && token.GetString() is { Length: > 0 } accessToken)
            {
                return accessToken;
            }
        }
        catch (JsonException exception)
        {
            throw NoToken(exception);
        }
        throw NoToken(null);
    }

    private static ConnectorException NoToken(Exception? innerException) =>
        new($"{System} answered without an access token: is Connectors:GooglePlay:TokenUrl an OAuth token endpoint?", innerException: innerException);
}
