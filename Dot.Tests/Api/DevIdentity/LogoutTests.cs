using System.Net;
using Dot.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Dot.Tests.Api.DevIdentity;

public sealed class LogoutTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string SignOutCallback = "http://localhost:5090/signout-callback-oidc";

    [Fact]
    public async Task LogoutEndsTheSessionAndReturnsToThePortal()
    {
        using var browser = new CodeFlowBrowser(factory);
        Assert.NotNull(await browser.GetCodeAsync("carol", "carol"));

        using var logout = await browser.Client.GetAsync(LogoutUri(SignOutCallback));
        using var again = await browser.Client.GetAsync(browser.AuthorizeUri());

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(SignOutCallback, logout.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("bye", QueryHelpers.ParseQuery(logout.Headers.Location.Query)["state"].ToString());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/dev-identity/login", again.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task LogoutRefusesAForeignReturnAddress()
    {
        using var browser = new CodeFlowBrowser(factory);

        using var logout = await browser.Client.GetAsync(LogoutUri("http://evil.example/signout-callback-oidc"));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Null(logout.Headers.Location);
    }

    private static Uri LogoutUri(string postLogoutRedirectUri) =>
        new(
            QueryHelpers.AddQueryString(
                "/connect/logout",
                new Dictionary<string, string?> { ["post_logout_redirect_uri"] = postLogoutRedirectUri, ["state"] = "bye" }),
            UriKind.Relative);
}
