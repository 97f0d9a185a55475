using System.Security.Claims;
using Dot.Domain.Tenancy;

namespace Dot.Api.Auth;

/// <summary>The claims DoT adds to an authenticated principal once it knows the caller's tenant and role.</summary>
public static class DotClaims
{
    public const string AuthenticationType = "dot";
    public const string Subject = "sub";
    public const string Tenant = "dot:tenant";
    public const string Role = "dot:role";

    public static ClaimsIdentity CreateIdentity(string subject, string tenantId, Role role) =>
        new(
            [new Claim(Subject, subject), new Claim(Tenant, tenantId), new Claim(Role, RoleNames.Of(role))],
            AuthenticationType,
            Subject,
            Role);

    /// <summary>The caller DoT resolved for this principal, or null when it has none.</summary>
    public static Caller? FindCaller(this ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.AuthenticationType == AuthenticationType);
        if (identity?.FindFirst(Subject)?.Value is not { } subject
            || identity.FindFirst(Tenant)?.Value is not { } tenantId
            || !RoleNames.TryParse(identity.FindFirst(Role)?.Value, out var role))
        {
            return null;
        }
        return new Caller(subject, tenantId, role);
    }
}
