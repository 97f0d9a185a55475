using System.Net;
using Dot.Api.Auth;
using Dot.Domain.Tenancy;
using Dot.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Dot.Tests.Api.DevIdentity;

public sealed class AuthorizationCodeFlowTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task UserSignsInAndThePortalRedeemsTheCodeForTokens()
    {
        using var browser = new CodeFlowBrowser(factory);

        var code = await browser.GetCodeAsync("alice", "alice");
        Assert.False(string.IsNullOrEmpty(code));
        var (status, tokens) = await browser.RedeemAsync(code);

        Assert.Equal(HttpStatusCode.OK, status);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal("alice", idToken.Subject);
        Assert.Equal("alice", idToken.GetClaim("name").Value);
        Assert.Equal([CodeFlowBrowser.PortalClientId], idToken.Audiences);
        var access = await factory.AuthenticateBearerAsync(tokens.GetProperty("access_token").GetString()!);
        Assert.True(access.Succeeded, access.Failure?.Message);
        Assert.Equal(("alice", Role.Owner), (access.Principal.FindCaller()!.Subject, access.Principal.FindCaller()!.Role));
    }

    [Theory]
    [InlineData("alice", "bob")]
    [InlineData("alice", "")]
    [InlineData("mallory", "mallory")]
    public async Task WrongPasswordOrUnknownUserShowsTheFormAgainWithoutACode(string userName, string password)
    {
        using var browser = new CodeFlowBrowser(factory);

        using var answer = await browser.SignInAsync(userName, password);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("Unknown user name or wrong password.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await browser.GetCodeAsync(userName, password));
    }

    [Fact]
    public async Task CodeIsRefusedWithTheWrongVerifier()
    {
        using var browser = new CodeFlowBrowser(factory);
        var code = await browser.GetCodeAsync("bob", "bob");

        var (status, body) = await browser.RedeemAsync(code!, verifier: new string('x', 43));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("http://evil.example/signin-oidc", CodeFlowBrowser.PortalClientId, true)]
    [InlineData("http://localhost:5090/elsewhere", CodeFlowBrowser.PortalClientId, true)]
    [InlineData("http://localhost:5090/signin-oidc?next=http://evil.example", CodeFlowBrowser.PortalClientId, true)]
    [InlineData(CodeFlowBrowser.PortalRedirectUri, CodeFlowBrowser.PortalClientId, false)]
    [InlineData(CodeFlowBrowser.PortalRedirectUri, "acme-automation", true)]
    public async Task RefusedAuthorizationRequestIsAnsweredWithoutRedirecting(string redirectUri, string clientId, bool pkce)
    {
        using var browser = new CodeFlowBrowser(factory);

        using var answer = await browser.Client.GetAsync(browser.AuthorizeUri(redirectUri, clientId, pkce));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task LoginPostWithoutAntiforgeryTokenIsRefused()
    {
        using var client = factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "alice", ["password"] = "alice" });

        using var answer = await client.PostAsync(new Uri("/dev-identity/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task LoginPageEncodesWhatItEchoesAndSaysItIsForDevelopment()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/dev-identity/login?ReturnUrl=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Development identity — not for production", html, StringComparison.Ordinal);
    }
}
