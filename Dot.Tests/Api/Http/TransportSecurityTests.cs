using System.Net;
using Dot.Api.Http;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Http;

public sealed class TransportSecurityTests
{
    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        await using var factory = new DotApiFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri("/graphql?query={__typename}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(TransportSecurity.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    // HSTS leaves localhost alone by design, so the requests name another host.
    [Fact]
    public async Task OutsideDevelopment_HttpIsRedirectedToHttps_AndHttpsAnswersWithHsts()
    {
        await using var factory = new DotApiFactory { EnvironmentName = "Staging", Settings = { ["https_port"] = "443" } };
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var plain = await client.GetAsync(new Uri("http://dot.example/healthz"));
        using var secure = await client.GetAsync(new Uri("https://dot.example/healthz"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal(new Uri("https://dot.example/healthz"), plain.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}
