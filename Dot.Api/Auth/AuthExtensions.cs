using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Dot.Api.Auth;

public static class AuthExtensions
{
    /// <summary>OIDC bearer tokens from <c>Oidc:Authority</c>, resolved to a tenant and role by membership.</summary>
    public static IHostApplicationBuilder AddDotAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OidcOptions>()
            .BindConfiguration(OidcOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<MembershipResolver>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<OidcOptions>, MembershipResolver>((jwt, oidc, resolver) =>
            {
                jwt.Authority = oidc.Value.Authority;
                jwt.Audience = oidc.Value.Audience;
                jwt.RequireHttpsMetadata = oidc.Value.RequireHttpsMetadata;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidIssuer = oidc.Value.Issuer;
                jwt.Events = new JwtBearerEvents { OnTokenValidated = resolver.OnTokenValidatedAsync };
            });
        builder.Services.AddAuthorization(DotPolicies.Add);
        return builder;
    }
}
