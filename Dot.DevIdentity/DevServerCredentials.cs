using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Dot.DevIdentity;

/// <summary>Gives the OpenIddict server its issuer (<c>Oidc:Authority</c>) and the persisted keys.</summary>
internal sealed class DevServerCredentials(DevKeyStore keys, IOptions<DevIdentityOptions> identity) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.Issuer = new Uri(identity.Value.Issuer, UriKind.Absolute);
        options.SigningCredentials.Add(new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(
            new EncryptingCredentials(keys.EncryptionKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
