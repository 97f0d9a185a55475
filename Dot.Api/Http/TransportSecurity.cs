namespace Dot.Api.Http;

/// <summary>
/// What every response of the API carries: HTTPS redirection and HSTS outside Development, and headers that keep
/// browsers from sniffing, framing or leaking referrers. Responses are JSON, so the content security policy allows
/// nothing; a page that needs more (the development IdP's sign-in form) sets its own.
/// </summary>
public static class TransportSecurity
{
    public const string ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static WebApplication UseDotTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return next(context);
        });
        return app;
    }
}
