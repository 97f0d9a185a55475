using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dot.DevIdentity;

/// <summary>
/// The OpenIddict server in degraded mode: no stores, the fixed <see cref="DevDirectory"/> instead, validated by
/// our own handlers. Issuer and keys come from <see cref="DevServerCredentials"/> once configuration is bound.
/// </summary>
internal static class DevServer
{
    public static void Configure(OpenIddictServerBuilder server)
    {
        server.EnableDegradedMode();

        server.SetAuthorizationEndpointUris(DevIdentityDefaults.AuthorizePath.TrimStart('/'))
            .SetTokenEndpointUris(DevIdentityDefaults.TokenPath.TrimStart('/'))
            .SetEndSessionEndpointUris(DevIdentityDefaults.LogoutPath.TrimStart('/'));

        server.AllowClientCredentialsFlow()
            .AllowAuthorizationCodeFlow()
            .RequireProofKeyForCodeExchange();

        // Only what the handlers below really accept is offered: PKCE with S256, client secrets.
        server.Configure(options =>
        {
            options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
            options.ClientAuthenticationMethods.Remove(ClientAuthenticationMethods.PrivateKeyJwt);
        });

        server.RegisterScopes(Scopes.OpenId, Scopes.Profile);
        server.DisableAccessTokenEncryption();
        server.SetAccessTokenLifetime(TimeSpan.FromHours(1));

        server.AddEventHandler(ValidateTokenClient.Descriptor);
        server.AddEventHandler(SignInTokenClient.Descriptor);
        server.AddEventHandler(ValidateAuthorizationClient.Descriptor);
        server.AddEventHandler(ValidateEndSessionClient.Descriptor);

        server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            .DisableTransportSecurityRequirement();
    }
}
