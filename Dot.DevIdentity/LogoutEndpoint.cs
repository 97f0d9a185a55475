using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Dot.DevIdentity;

/// <summary>
/// <c>/connect/logout</c> (pass-through: OpenIddict has validated the request). Ends the provider's session, then
/// returns to the client's verified post-logout URI, or shows that the user is signed out.
/// </summary>
internal static class LogoutEndpoint
{
    public static void MapLogout(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(DevIdentityDefaults.LogoutPath, [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)LogoutAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        await context.SignOutAsync(DevIdentityDefaults.CookieScheme);
        return string.IsNullOrEmpty(request.PostLogoutRedirectUri)
            ? LoginPage.SignedOut(context)
            : Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
