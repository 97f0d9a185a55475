using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Dot.DevIdentity;

/// <summary>
/// The development identity provider: a real OpenID Connect issuer inside the API host for local runs and tests, on only
/// when <c>DevIdentity:Enabled</c> is true and never in Production. The host says who the issuer is (<see cref="DevIdentityOptions"/>).
/// </summary>
public static class DevIdentityExtensions
{
    public const string EnabledKey = "DevIdentity:Enabled";

    /// <summary>
    /// Adds the provider when <c>DevIdentity:Enabled</c> is true; the host configures the returned options (issuer,
    /// audience, key folder) from its own settings.
    /// </summary>
    public static OptionsBuilder<DevIdentityOptions> AddDevIdentity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<DevIdentityOptions>();
        if (!builder.Configuration.GetValue<bool>(EnabledKey))
        {
            return options;
        }
        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "The development identity provider must not run in Production; set DevIdentity:Enabled=false and configure Oidc:Authority.");
        }

        var services = builder.Services;
        services.AddSingleton<DevKeyStore>();
        services.AddHostedService<DevTenantSeeder>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, DevServerCredentials>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, DevJwtBearerConfiguration>();
        services.AddOpenIddict().AddServer(DevServer.Configure);
        services.AddAntiforgery();
        services.AddAuthentication().AddCookie(DevIdentityDefaults.CookieScheme, cookie =>
        {
            cookie.LoginPath = DevIdentityDefaults.LoginPath;
            cookie.Cookie.Name = ".Dot.DevIdentity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        return options;
    }

    public static WebApplication MapDevIdentity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(DevKeyStore)) != true)
        {
            return app;
        }

        app.MapAuthorize();
        app.MapLogin();
        app.MapLogout();
        return app;
    }
}
