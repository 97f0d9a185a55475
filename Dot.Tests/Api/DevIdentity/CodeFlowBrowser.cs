using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Dot.Tests.Api.DevIdentity;

/// <summary>Plays the browser and the portal in the authorization code flow with PKCE, one step per method.</summary>
internal sealed partial class CodeFlowBrowser(DotApiFactory factory) : IDisposable
{
    public const string PortalClientId = "dot-portal";
    public const string PortalRedirectUri = "http://localhost:5090/signin-oidc";
    public const string State = "state-123";

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public HttpClient Client => _client;

    public Uri AuthorizeUri(string redirectUri = PortalRedirectUri, string clientId = PortalClientId, bool pkce = true)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = "openid profile",
            ["state"] = State,
            ["nonce"] = "nonce-456",
        };
        if (pkce)
        {
            query["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
            query["code_challenge_method"] = "S256";
        }
        return new Uri(QueryHelpers.AddQueryString("/connect/authorize", query), UriKind.Relative);
    }

    /// <summary>Starts at the authorization endpoint, lands on the login form and submits it; returns the form's answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        using var authorize = await _client.GetAsync(AuthorizeUri());
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginUri = authorize.Headers.Location!;
        Assert.Equal("/dev-identity/login", loginUri.IsAbsoluteUri ? loginUri.AbsolutePath : loginUri.OriginalString.Split('?')[0]);

        using var page = await _client.GetAsync(loginUri);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
            ["returnUrl"] = HiddenField(html, "returnUrl"),
            ["username"] = userName,
            ["password"] = password,
        });
        return await _client.PostAsync(new Uri("/dev-identity/login", UriKind.Relative), form);
    }

    /// <summary>The whole front channel: the code in the redirect back to the portal, or null when there is none.</summary>
    public async Task<string?> GetCodeAsync(string userName, string password)
    {
        using var signIn = await SignInAsync(userName, password);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            return null;
        }

        using var authorize = await _client.GetAsync(signIn.Headers.Location);
        var callback = authorize.Headers.Location;
        if (authorize.StatusCode != HttpStatusCode.Redirect || callback is null
            || !callback.AbsoluteUri.StartsWith(PortalRedirectUri + "?", StringComparison.Ordinal))
        {
            return null;
        }
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(State, query["state"].ToString());
        return query["code"].ToString();
    }

    /// <summary>The portal's back channel: redeems the code at the token endpoint.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(string code, string? verifier = null) =>
        factory.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = PortalRedirectUri,
            ["code_verifier"] = verifier ?? Verifier,
            ["client_id"] = PortalClientId,
            ["client_secret"] = DotApiFactory.DevSecret,
        });

    public void Dispose() => _client.Dispose();

    private static string HiddenField(string html, string name)
    {
        var match = HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"The login form has no hidden field {name}.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
