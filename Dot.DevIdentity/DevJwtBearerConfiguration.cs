using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Dot.DevIdentity;

/// <summary>
/// Lets the API's bearer scheme trust the provider's signing key directly, with no HTTP call to its own discovery
/// document (TestServer has no socket to call). Everything else (audience, issuer, the membership events) stays as
/// the host configured it.
/// </summary>
/// <remarks>
/// A configure step, not a post-configure one: JwtBearer's own post-configure step then finds the configuration
/// and skips building an HTTP metadata manager (and its HTTPS check) for the development authority.
/// </remarks>
internal sealed class DevJwtBearerConfiguration(DevKeyStore keys, IOptions<DevIdentityOptions> identity) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var configuration = new OpenIdConnectConfiguration { Issuer = identity.Value.Issuer };
        configuration.SigningKeys.Add(keys.SigningKey);
        options.Configuration = configuration;
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
