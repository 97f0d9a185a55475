using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Dot.DevIdentity;

/// <summary>The provider's few HTML pages. Every value written into them is HTML-encoded.</summary>
internal static class LoginPage
{
    public const string UserNameField = "username";
    public const string PasswordField = "password";
    public const string ReturnUrlField = "returnUrl";

    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
        .banner{background:#b00020;color:#fff;padding:.75rem 1rem;font-weight:600}
        label{display:block;margin-top:1rem}input{box-sizing:border-box;width:100%;padding:.4rem}
        button{margin-top:1.25rem;padding:.5rem 1.5rem}.error{color:#b00020;font-weight:600}
        """;

    public static IResult Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? userName, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var body = new StringBuilder()
            .Append("<h1>Sign in</h1>")
            .Append(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>")
            .Append($"<form method=\"post\" action=\"{html.Encode(context.Request.PathBase + DevIdentityDefaults.LoginPath)}\">")
            .Append($"<input type=\"hidden\" name=\"{html.Encode(tokens.FormFieldName)}\" value=\"{html.Encode(tokens.RequestToken ?? string.Empty)}\">")
            .Append($"<input type=\"hidden\" name=\"{ReturnUrlField}\" value=\"{html.Encode(returnUrl ?? string.Empty)}\">")
            .Append($"<label>User name <input name=\"{UserNameField}\" autocomplete=\"username\" value=\"{html.Encode(userName ?? string.Empty)}\" required autofocus></label>")
            .Append($"<label>Password <input name=\"{PasswordField}\" type=\"password\" autocomplete=\"current-password\" required></label>")
            .Append("<button type=\"submit\">Sign in</button></form>")
            .Append("<p>Users: alice and bob (Acme), carol (Globex). The password is the user name.</p>");
        return Page(context, "Sign in", body.ToString());
    }

    public static IResult SignedIn(HttpContext context, string userName) =>
        Page(context, "Signed in", $"<h1>Signed in</h1><p>You are signed in as {HtmlEncoder.Default.Encode(userName)}. Return to the application to continue.</p>");

    public static IResult SignedOut(HttpContext context) =>
        Page(context, "Signed out", "<h1>Signed out</h1><p>You are signed out of the development identity provider.</p>");

    private static IResult Page(HttpContext context, string title, string body)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        var page = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{title} · DoT development identity</title><style>{Style}</style></head>
            <body><div class="banner" role="alert">Development identity — not for production</div>{body}</body></html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
