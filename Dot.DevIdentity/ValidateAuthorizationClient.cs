using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Dot.DevIdentity;

/// <summary>
/// Authorization endpoint: only the portal client, only to a loopback <c>/signin-oidc</c> callback (PKCE with S256 is
/// required by the server options).
/// A rejected request is answered by the provider itself, never by a redirect to the unverified URI.
/// </summary>
internal sealed class ValidateAuthorizationClient : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseSingletonHandler<ValidateAuthorizationClient>()
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var client = DevDirectory.FindClient(context.ClientId);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "The client is unknown.");
        }
        else if (client.GrantType != GrantTypes.AuthorizationCode)
        {
            context.Reject(Errors.UnauthorizedClient, "This client may not use the authorization code flow.");
        }
        else if (!DevRedirectUris.IsSignInCallback(context.RedirectUri))
        {
            context.Reject(Errors.InvalidRequest, $"The redirect_uri must be http://localhost:<port>{DevRedirectUris.SignInPath}.");
        }
        return default;
    }
}
