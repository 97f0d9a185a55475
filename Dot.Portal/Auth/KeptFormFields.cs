using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;

namespace Dot.Portal.Auth;

/// <summary>
/// When a form is posted after the session ended, sign-in returns to the form's page with what was typed (names,
/// dates, choices: never a secret, which no form holds) in the query, so nothing is lost; the action itself is not
/// carried out, so nothing is done twice. The page's GET fills its fields from those values.
/// </summary>
public static class KeptFormFields
{
    private static readonly string[] Kept = ["Name", "Form.Name", "Form.Expires", "Form.Scope", "Form.Covers"];

    public static async Task KeepAsync(RedirectContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || context.Properties.RedirectUri is not { } returnTo)
        {
            return;
        }
        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        foreach (var field in Kept)
        {
            if (form.TryGetValue(field, out var value) && !string.IsNullOrEmpty(value))
            {
                returnTo = QueryHelpers.AddQueryString(returnTo, field, value.ToString());
            }
        }
        context.Properties.RedirectUri = returnTo;
    }
}
