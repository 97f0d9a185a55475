using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Dot.DevIdentity;

/// <summary>Token endpoint: authenticates the client (id + secret, compared in constant time) and checks its grant type.</summary>
internal sealed class ValidateTokenClient : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<ValidateTokenClient>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateAuthentication.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var client = DevDirectory.FindClient(context.ClientId);
        var secretMatches = DevSecrets.Matches(context.ClientSecret, DevDirectory.Secret);
        if (client is null || !secretMatches)
        {
            context.Reject(Errors.InvalidClient, "The client is unknown or its secret is wrong.");
        }
        else if (!string.Equals(context.Request.GrantType, client.GrantType, StringComparison.Ordinal))
        {
            context.Reject(Errors.UnauthorizedClient, $"This client may only use the '{client.GrantType}' grant.");
        }
        return default;
    }
}
