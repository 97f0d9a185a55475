using Dot.Portal.Api;
using Dot.Portal.Auth;
using Dot.Portal.Configuration;
using Dot.Portal.Http;
using Dot.ServiceDefaults;

namespace Dot.Portal;

/// <summary>The portal host: Razor Pages behind an OpenID Connect sign-in, talking to Dot.Api through GraphQL only.</summary>
public static class PortalApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.Services.AddOptions<PortalOptions>()
            .Bind(builder.Configuration.GetSection(PortalOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPortalAuthentication();
        builder.AddDotApiClient();
        builder.Services.AddRazorPages();

        var app = builder.Build();

        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UsePortalSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
        return app;
    }
}
