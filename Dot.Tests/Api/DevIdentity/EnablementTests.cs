using System.Net;
using Dot.DevIdentity;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.DevIdentity;

public sealed class EnablementTests
{
    [Fact]
    public void EnablingItInProductionStopsTheStart()
    {
        using var factory = new DotApiFactory { EnvironmentName = "Production" };
        factory.Settings["DevIdentity:Enabled"] = "true";

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Equal(
            "The development identity provider must not run in Production; set DevIdentity:Enabled=false and configure Oidc:Authority.",
            error.Message);
    }

    [Fact]
    public async Task DisabledMeansNoEndpointsNoServicesNoKeys()
    {
        using var factory = new DotApiFactory();
        factory.Settings["DevIdentity:Enabled"] = "false";
        using var client = factory.CreateClient();

        using var discovery = await client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative));
        using var login = await client.GetAsync(new Uri("/dev-identity/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, login.StatusCode);
        Assert.Null(factory.Services.GetService<DevKeyStore>());
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "dev-identity")));
    }
}
