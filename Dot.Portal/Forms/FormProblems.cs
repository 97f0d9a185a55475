using Dot.Portal.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dot.Portal.Forms;

/// <summary>Shows what the API refused in a form: its message beside the field it is about, or above the form.</summary>
public static class FormProblems
{
    public const string OwnersOnly = "Only an owner of the tenant can do this: the API refused it (403, ACCESS_DENIED).";

    /// <summary>
    /// Puts <paramref name="problem"/> into the page's model state under <paramref name="field"/> (an invalid input)
    /// or the form as a whole, and sets the answer's status: 403 when the API denied the action, 400 otherwise.
    /// </summary>
    public static void Show(PageModel page, ApiProblem problem, string field)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.IsAccessDenied)
        {
            page.ModelState.AddModelError(string.Empty, OwnersOnly);
            page.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        page.ModelState.AddModelError(problem.IsInvalidInput ? field : string.Empty, problem.Message);
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
