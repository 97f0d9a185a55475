using System.Net;
using System.Text.Json;
using Dot.Api.Auth;
using Dot.Domain.Tenancy;
using Dot.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dot.Tests.Api.DevIdentity;

public sealed class ClientCredentialsTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Theory]
    [InlineData("acme-automation", Role.Owner)]
    [InlineData("globex-automation", Role.Owner)]
    [InlineData("acme-dashboard", Role.Member)]
    public async Task ClientGetsAnHourLongJwtForItselfThatTheApiAccepts(string clientId, Role role)
    {
        var accessToken = await factory.GetClientTokenAsync(clientId);

        var jwt = new JsonWebToken(accessToken);
        Assert.Equal(clientId, jwt.Subject);
        Assert.Equal(["dot-api"], jwt.Audiences);
        Assert.Equal(DotApiFactory.Issuer, jwt.Issuer);
        Assert.Equal(TimeSpan.FromHours(1), jwt.ValidTo - jwt.IssuedAt);
        var result = await factory.AuthenticateBearerAsync(accessToken);
        Assert.True(result.Succeeded, result.Failure?.Message);
        var caller = result.Principal.FindCaller();
        Assert.NotNull(caller);
        Assert.Equal((clientId, role), (caller.Subject, caller.Role));
    }

    [Fact]
    public async Task TamperedTokenIsRefusedByTheApi()
    {
        var accessToken = await factory.GetClientTokenAsync("acme-dashboard");
        var parts = accessToken.Split('.');
        var payload = Base64UrlEncoder.Encode(
            Base64UrlEncoder.Decode(parts[1]).Replace("acme-dashboard", "acme-automation", StringComparison.Ordinal));

        var result = await factory.AuthenticateBearerAsync($"{parts[0]}.{payload}.{parts[2]}");

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("acme-automation", "wrong-secret")]
    [InlineData("acme-automation", "dev-secret ")]
    [InlineData("acme-automation", "DEV-SECRET")]
    [InlineData("nobody-automation", "dev-secret")]
    public async Task WrongSecretOrUnknownClientIsInvalidClient(string clientId, string secret)
    {
        var (status, body) = await RequestTokenAsync(clientId, secret, "client_credentials");

        Assert.Contains(status, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task PortalClientMayNotUseClientCredentials()
    {
        var (status, body) = await RequestTokenAsync("dot-portal", DotApiFactory.DevSecret, "client_credentials");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> RequestTokenAsync(string clientId, string secret, string grantType) =>
        factory.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
}
