using System.Security.Claims;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;

namespace Dot.Api.Auth;

/// <summary>The claims DoT adds to an authenticated principal once it knows the caller's tenant and role.</summary>
public static class DotClaims
{
    public const string AuthenticationType = "dot";
    public const string Subject = "sub";
    public const string Tenant = "dot:tenant";
    public const string Role = "dot:role";
    public const string Kind = "dot:kind";

    /// <summary>The one dataset the caller may read; absent when it may read every dataset of its tenant.</summary>
    public const string Dataset = "dot:dataset";

    /// <summary>The classes of data the caller may read: <see cref="RestrictedScope"/> (all) or <see cref="PublicScope"/>.</summary>
    public const string Scope = "dot:data-scope";

    public const string RestrictedScope = "restricted";
    public const string PublicScope = "public";

    public static ClaimsIdentity CreateIdentity(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        List<Claim> claims =
        [
            new(Subject, caller.Subject),
            new(Tenant, caller.TenantId),
            new(Role, RoleNames.Of(caller.Role)),
            new(Kind, caller.Kind.ToString()),
            new(Scope, caller.DataScope == DataScope.Public ? PublicScope : RestrictedScope),
        ];
        if (caller.RestrictedToDataset is { } datasetId)
        {
            claims.Add(new Claim(Dataset, datasetId));
        }
        return new ClaimsIdentity(claims, AuthenticationType, Subject, Role);
    }

    /// <summary>The caller DoT resolved for this principal, or null when it has none.</summary>
    public static Caller? FindCaller(this ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.AuthenticationType == AuthenticationType);
        if (identity?.FindFirst(Subject)?.Value is not { } subject
            || identity.FindFirst(Tenant)?.Value is not { } tenantId
            || !RoleNames.TryParse(identity.FindFirst(Role)?.Value, out var role)
            || ScopeOf(identity.FindFirst(Scope)?.Value) is not { } scope
            || !Enum.TryParse<CallerKind>(identity.FindFirst(Kind)?.Value, out var kind))
        {
            return null;
        }
        return new Caller(subject, tenantId, role, identity.FindFirst(Dataset)?.Value, scope) { Kind = kind };
    }

    private static DataScope? ScopeOf(string? name) => name switch
    {
        RestrictedScope => DataScope.Restricted,
        PublicScope => DataScope.Public,
        _ => null,
    };
}
