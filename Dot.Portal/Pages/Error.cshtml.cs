using Dot.Portal.Api;
using Dot.Portal.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Pages;

/// <summary>
/// <c>/error</c>, where an exception is answered: the API being down gets a page that says so (503); a token the
/// API refused sends the user back through sign-in to the page they were on; anything else a plain 500 page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IOptions<PortalOptions> portal) : PageModel
{
    public bool ApiUnavailable { get; private set; }

    /// <summary>Signing in failed because the provider could not be reached (in Development, that is the API too).</summary>
    public bool SignInUnavailable { get; private set; }

    public string Authority => portal.Value.Oidc.Authority;

    public string ApiUrl => portal.Value.ApiBase;

    public IActionResult OnGet() => Answer();

    public IActionResult OnPost() => Answer();

    private IActionResult Answer()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure?.Error is ApiSessionExpiredException)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = failure.Path });
        }
        ApiUnavailable = failure?.Error is ApiUnavailableException;
        SignInUnavailable = !ApiUnavailable && Causes(failure?.Error).Any(cause => cause is HttpRequestException);
        Response.StatusCode = ApiUnavailable || SignInUnavailable
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status500InternalServerError;
        return Page();
    }

    private static IEnumerable<Exception> Causes(Exception? error)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
