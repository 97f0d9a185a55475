using Dot.DevIdentity;

namespace Dot.Tests.Api.DevIdentity;

public sealed class DevRedirectUrisTests
{
    [Theory]
    [InlineData("http://localhost:5090/signin-oidc")]
    [InlineData("http://localhost:41234/signin-oidc")]
    [InlineData("http://127.0.0.1:41234/signin-oidc")]
    [InlineData("https://localhost:7090/signin-oidc")]
    public void LoopbackSignInCallbacksAreAccepted(string uri) => Assert.True(DevRedirectUris.IsSignInCallback(uri));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/signin-oidc")]
    [InlineData("http://evil.example/signin-oidc")]
    [InlineData("http://localhost.evil.example/signin-oidc")]
    [InlineData("http://user@localhost:5090/signin-oidc")]
    [InlineData("http://localhost:5090/signin-oidc?x=1")]
    [InlineData("http://localhost:5090/signin-oidc#x")]
    [InlineData("http://localhost:5090/signin-oidc/")]
    [InlineData("http://localhost:5090/signout-callback-oidc")]
    [InlineData("ftp://localhost:5090/signin-oidc")]
    public void AnythingElseIsRefused(string? uri) => Assert.False(DevRedirectUris.IsSignInCallback(uri));

    [Fact]
    public void SignOutCallbackHasItsOwnPath()
    {
        Assert.True(DevRedirectUris.IsSignOutCallback("http://localhost:5090/signout-callback-oidc"));
        Assert.False(DevRedirectUris.IsSignOutCallback("http://localhost:5090/signin-oidc"));
    }
}
