using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dot.Portal.Auth;

/// <summary>
/// Ends a session whose access token has expired (or is about to), so the next request goes back through sign-in
/// (silently while the provider's session lasts) instead of failing at the API. The development provider issues no
/// refresh tokens; a provider that does still gets a fresh sign-in, which costs one redirect.
/// </summary>
public static class AccessTokenLifetime
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is not null
            && DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            && expires - Margin > clock.GetUtcNow())
        {
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
