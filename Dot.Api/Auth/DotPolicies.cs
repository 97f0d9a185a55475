using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;
using Microsoft.AspNetCore.Authorization;

namespace Dot.Api.Auth;

/// <summary>
/// The authorization policies GraphQL fields and endpoints name. Each asks the caller DoT resolved
/// (<see cref="DotClaims.FindCaller"/>), never a claim an access token brought along: an IdP cannot grant a role.
/// </summary>
public static class DotPolicies
{
    /// <summary>Any caller resolved to a tenant: owners, members and read tokens.</summary>
    public const string TenantMember = "tenant-member";

    /// <summary>
    /// Signed-in members and owners, never a read token: a signed-in principal carries the identity its credentials
    /// proved besides DoT's own, a read token's carries DoT's alone.
    /// </summary>
    public const string TenantUser = "tenant-user";

    /// <summary>Callers allowed to manage the tenant: datasets, tokens, connectors. Never a read token.</summary>
    public const string TenantOwner = "tenant-owner";

    /// <summary>Callers allowed to read Restricted data: members and owners, and read tokens of scope Restricted.</summary>
    public const string RestrictedData = "restricted-data";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(TenantMember, p => p.RequireAssertion(c => c.User.FindCaller() is not null));
        options.AddPolicy(TenantUser, p => p.RequireAssertion(c =>
            c.User.FindCaller() is not null && c.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType != DotClaims.AuthenticationType)));
        options.AddPolicy(TenantOwner, p => p.RequireAssertion(c => c.User.FindCaller() is { Role: Role.Owner }));
        options.AddPolicy(RestrictedData, p => p.RequireAssertion(c => c.User.FindCaller() is { DataScope: DataScope.Restricted }));
    }
}
