using Dot.Api.ReadTokens;
using Dot.Domain.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Dot.Api.Auth;

/// <summary>
/// The API's default scheme looks at the bearer token and hands the request on: a DoT token (<c>dot_…</c>) to the
/// read-token scheme, which accepts read tokens only; anything else to the OIDC access-token scheme.
/// </summary>
public static class DotAuthenticationSchemes
{
    public const string Bearer = "dot-bearer";

    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = BearerHeader.TokenOf(context.Request);
        return token is not null && TokenKind.All.Any(kind => token.StartsWith(kind.SecretPrefix, StringComparison.Ordinal))
            ? ReadTokenAuthenticationHandler.SchemeName
            : JwtBearerDefaults.AuthenticationScheme;
    }
}
