using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Dot.DevIdentity;

/// <summary>
/// The principals the provider signs in. <c>sub</c> goes to the access token (DoT resolves the membership from it)
/// and to the identity token; <c>name</c> only to the identity token.
/// </summary>
internal static class DevPrincipals
{
    public static ClaimsPrincipal ForClient(string clientId, IEnumerable<string> scopes, string audience) =>
        Create([new Claim(Claims.Subject, clientId).SetDestinations(Destinations.AccessToken)], scopes, audience);

    public static ClaimsPrincipal ForUser(string userName, IEnumerable<string> scopes, string audience) =>
        Create(
            [
                new Claim(Claims.Subject, userName).SetDestinations(Destinations.AccessToken, Destinations.IdentityToken),
                new Claim(Claims.Name, userName).SetDestinations(Destinations.IdentityToken),
            ],
            scopes,
            audience);

    private static ClaimsPrincipal Create(IEnumerable<Claim> claims, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        return new ClaimsPrincipal(identity).SetScopes(scopes).SetAudiences(audience);
    }
}
