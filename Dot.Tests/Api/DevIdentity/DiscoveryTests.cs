using System.Net.Http.Json;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.DevIdentity;

public sealed class DiscoveryTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task DiscoveryDocumentNamesTheIssuerAndTheEndpoints()
    {
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/openid-configuration", UriKind.Relative));

        Assert.Equal(DotApiFactory.Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["S256"], document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task KeySetPublishesOnePublicSigningKey()
    {
        using var client = factory.CreateClient();
        var jwksUri = (await client.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/openid-configuration", UriKind.Relative)))
            .GetProperty("jwks_uri").GetString()!;

        var keys = (await client.GetFromJsonAsync<JsonElement>(new Uri(jwksUri))).GetProperty("keys").EnumerateArray().ToList();

        var key = Assert.Single(keys);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _), "The key set must not contain the private key.");
    }
}
