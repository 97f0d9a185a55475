using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dot.DevIdentity;

/// <summary>
/// <c>/connect/authorize</c> (pass-through: OpenIddict has validated the request). Sends the browser to the login
/// form until the user has signed in there, then issues the code for that user.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void MapAuthorize(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(DevIdentityDefaults.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> AuthorizeAsync(HttpContext context, IOptions<DevIdentityOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var signedIn = await context.AuthenticateAsync(DevIdentityDefaults.CookieScheme);
        var user = signedIn.Succeeded ? DevDirectory.FindUser(signedIn.Principal.Identity?.Name) : null;
        if (user is not null)
        {
            var principal = DevPrincipals.ForUser(user, request.GetScopes(), options.Value.Audience);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            var error = new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in.",
            });
            return Results.Forbid(error, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var parameters = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : (IEnumerable<KeyValuePair<string, StringValues>>)context.Request.Query;
        var again = new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters) };
        return Results.Challenge(again, [DevIdentityDefaults.CookieScheme]);
    }
}
