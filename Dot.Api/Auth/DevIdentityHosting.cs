using Dot.DevIdentity;
using Dot.Storage.Embedded;
using Microsoft.Extensions.Options;

namespace Dot.Api.Auth;

public static class DevIdentityHosting
{
    /// <summary>
    /// The development identity provider (on only with <c>DevIdentity:Enabled</c>), issuing for <c>Oidc:Authority</c>
    /// and keeping its keys under the embedded data folder.
    /// </summary>
    public static IHostApplicationBuilder AddDotDevIdentity(this IHostApplicationBuilder builder)
    {
        builder.AddDevIdentity().Configure<IOptions<OidcOptions>, IOptions<EmbeddedStorageOptions>>((dev, oidc, storage) =>
        {
            dev.Issuer = oidc.Value.Issuer;
            dev.Audience = oidc.Value.Audience;
            dev.KeyFolder = Path.Combine(storage.Value.FullPath, "dev-identity");
        });
        return builder;
    }
}
