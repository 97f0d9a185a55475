using Dot.Portal.Configuration;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Http;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy with scripts and styles from the portal only (no
/// inline script), no framing, no MIME sniffing, no referrer. Forms may post to the portal and, for sign-out's
/// redirect, to the identity provider.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var portal = app.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value;
        var policy = ContentSecurityPolicy(new Uri(portal.Oidc.Authority).GetLeftPart(UriPartial.Authority));
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
    }

    public static string ContentSecurityPolicy(string identityProviderOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + $"base-uri 'none'; form-action 'self' {identityProviderOrigin}; frame-ancestors 'none'";
}
