using Dot.Domain.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Dot.Api.Auth;

/// <summary>The authorization policies GraphQL fields and endpoints name.</summary>
public static class DotPolicies
{
    /// <summary>Any caller resolved to a tenant: owners and members.</summary>
    public const string TenantMember = "tenant-member";

    /// <summary>Callers allowed to manage the tenant: datasets, tokens, connectors.</summary>
    public const string TenantOwner = "tenant-owner";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(TenantMember, p => p.RequireClaim(DotClaims.Tenant));
        options.AddPolicy(TenantOwner, p => p.RequireClaim(DotClaims.Tenant).RequireClaim(DotClaims.Role, RoleNames.Owner));
    }
}
