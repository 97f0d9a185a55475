using Dot.Api.ReadTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Dot.Api.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// OIDC bearer tokens from <c>Oidc:Authority</c>, resolved to a tenant and role by membership, and DoT read tokens;
    /// <see cref="DotAuthenticationSchemes.Select"/> picks the scheme by the token's form.
    /// </summary>
    public static IHostApplicationBuilder AddDotAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OidcOptions>()
            .BindConfiguration(OidcOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<MembershipResolver>();

        builder.Services.AddAuthentication(DotAuthenticationSchemes.Bearer)
            .AddPolicyScheme(DotAuthenticationSchemes.Bearer, "OIDC access token or DoT read token", scheme => scheme.ForwardDefaultSelector = DotAuthenticationSchemes.Select)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ReadTokenAuthenticationHandler>(ReadTokenAuthenticationHandler.SchemeName, configureOptions: null);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<OidcOptions>, MembershipResolver, IHostEnvironment>((jwt, oidc, resolver, environment) =>
            {
                jwt.Authority = oidc.Value.Authority;
                jwt.Audience = oidc.Value.Audience;
                jwt.RequireHttpsMetadata = oidc.Value.RequireHttpsMetadata;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidIssuer = oidc.Value.Issuer;
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = resolver.OnTokenValidatedAsync,
                    OnChallenge = environment.IsDevelopment() ? _ => Task.CompletedTask : GenericChallengeDescription,
                };
            });
        builder.Services.AddAuthorization(DotPolicies.Add);
        return builder;
    }

    /// <summary>
    /// Outside Development the challenge says <c>invalid_token</c> and no more: the JWT library's reason names keys,
    /// issuers and expiry times, which help an attacker more than a client.
    /// </summary>
    private static Task GenericChallengeDescription(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not null)
        {
            context.Error = "invalid_token";
            context.ErrorDescription = "The access token is not valid.";
        }
        return Task.CompletedTask;
    }
}
