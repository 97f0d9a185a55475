using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Dot.DevIdentity;

/// <summary>
/// Token endpoint, client_credentials: signs the client in as itself (<c>sub</c> = client id). Authorization codes
/// need nothing here: OpenIddict signs in the principal it stored in the code.
/// </summary>
internal sealed class SignInTokenClient(IOptions<DevIdentityOptions> options) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
            .UseSingletonHandler<SignInTokenClient>()
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Request.IsClientCredentialsGrantType() && context.Request.ClientId is { } clientId)
        {
            context.SignIn(DevPrincipals.ForClient(clientId, context.Request.GetScopes(), options.Value.Audience));
        }
        return default;
    }
}
