using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dot.DevIdentity;

/// <summary>
/// GET/POST <c>/dev-identity/login</c>: the sign-in form behind the authorization endpoint. The POST is checked
/// with an antiforgery token; a wrong password and an unknown user get the same answer.
/// </summary>
internal static class LoginEndpoints
{
    private const string Failed = "Unknown user name or wrong password.";

    public static void MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DevIdentityDefaults.LoginPath, Show).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(DevIdentityDefaults.LoginPath, SignInAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Show(HttpContext context, IAntiforgery antiforgery, [FromQuery(Name = "ReturnUrl")] string? returnUrl) =>
        LoginPage.Form(context, antiforgery, returnUrl, userName: null, error: null);

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("The sign-in form expired or did not come from this provider: reload it and try again.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? typedName = form[LoginPage.UserNameField];
        string? returnUrl = form[LoginPage.ReturnUrlField];
        var user = DevDirectory.FindUser(typedName);
        var passwordMatches = DevSecrets.Matches(form[LoginPage.PasswordField], user ?? typedName ?? string.Empty);
        if (user is null || !passwordMatches)
        {
            return LoginPage.Form(context, antiforgery, returnUrl, typedName, Failed);
        }

        var identity = new ClaimsIdentity([new Claim(Claims.Name, user)], DevIdentityDefaults.CookieScheme, Claims.Name, Claims.Role);
        await context.SignInAsync(DevIdentityDefaults.CookieScheme, new ClaimsPrincipal(identity));
        return IsAuthorizeRequest(context, returnUrl) ? Results.LocalRedirect(returnUrl!) : LoginPage.SignedIn(context, user);
    }

    /// <summary>Only the authorization endpoint is a place to return to, so the form is no open redirector.</summary>
    private static bool IsAuthorizeRequest(HttpContext context, string? returnUrl) =>
        returnUrl is not null
        && returnUrl.StartsWith(context.Request.PathBase + DevIdentityDefaults.AuthorizePath + "?", StringComparison.Ordinal)
        && !returnUrl.Contains('\\', StringComparison.Ordinal);
}
