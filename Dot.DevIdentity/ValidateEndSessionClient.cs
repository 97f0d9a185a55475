using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Dot.DevIdentity;

/// <summary>End-session endpoint: a post-logout redirect may only go to a loopback <c>/signout-callback-oidc</c>.</summary>
internal sealed class ValidateEndSessionClient : IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .UseSingletonHandler<ValidateEndSessionClient>()
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.ClientId is not null && DevDirectory.FindClient(context.ClientId) is null)
        {
            context.Reject(Errors.InvalidClient, "The client is unknown.");
        }
        else if (!string.IsNullOrEmpty(context.PostLogoutRedirectUri)
            && !DevRedirectUris.IsSignOutCallback(context.PostLogoutRedirectUri))
        {
            context.Reject(
                Errors.InvalidRequest,
                $"The post_logout_redirect_uri must be http://localhost:<port>{DevRedirectUris.SignOutPath}.");
        }
        return default;
    }
}
