using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class SignInTests(PortalHosts stack)
{
    [Fact]
    public async Task Alice_is_sent_to_the_provider_lands_on_datasets_and_signs_out_of_both()
    {
        await using var alice = await stack.NewSessionAsync();

        await alice.GoToAsync("/");
        Assert.StartsWith(stack.ApiBase + "/dev-identity/login", alice.Page.Url, StringComparison.Ordinal);
        await alice.SignInAsync("alice");
        Assert.Equal(new Uri(stack.PortalUrl, "/").ToString(), alice.Page.Url);
        await Assertions.Expect(alice.Page.GetByText("Signed in as alice")).ToBeVisibleAsync();
        await alice.CheckPageAsync("datasets");

        await alice.Button("Sign out").ClickAsync();
        await Assertions.Expect(alice.Heading("You are signed out")).ToBeVisibleAsync();
        await alice.CheckPageAsync("signed-out");

        // The provider's session ended too: signing in again asks for the password.
        await alice.Button("Sign in").ClickAsync();
        await Assertions.Expect(alice.Page.GetByLabel("Password")).ToBeVisibleAsync();
        Assert.StartsWith(stack.ApiBase + "/dev-identity/login", alice.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_a_server_side_session_cookie()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");

        var response = await alice.GoToAsync("/");
        var headers = await response!.AllHeadersAsync();
        var policy = headers["content-security-policy"];
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);

        var cookie = Assert.Single(await alice.Context.CookiesAsync([stack.PortalUrl.ToString()]), c => c.Name == ".Dot.Portal");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.DoesNotContain(".", cookie.Value.Split('.')[0].Trim(), StringComparison.Ordinal);
        Assert.True(cookie.Value.Length < 1500, "The session cookie carries a key, not the tokens.");
    }
}
