using System.Security.Claims;
using Dot.Domain.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;

namespace Dot.Api.Auth;

/// <summary>
/// Turns a validated access token into a DoT caller: the tenant and role come from the membership
/// stored for the token's issuer and subject, never from the request.
/// </summary>
public sealed class MembershipResolver(ITenantStore tenants, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var issuer = principal.FindFirst("iss")?.Value;
        var subject = principal.FindFirst("sub")?.Value;
        if (issuer is null || subject is null)
        {
            context.Fail("The access token has no issuer or subject.");
            return;
        }

        var membership = await FindAsync(issuer, subject, context.HttpContext.RequestAborted);
        if (membership is null)
        {
            context.Fail("The identity has no membership in any DoT tenant.");
            return;
        }
        principal.AddIdentity(DotClaims.CreateIdentity(new Caller(subject, membership.TenantId, membership.Role) { Kind = KindOf(principal, subject) }));
    }

    /// <summary>
    /// A client signed in for itself (client credentials) is its own subject: its access token names the same
    /// <c>client_id</c> (RFC 9068) or authorized party; a user's names the client it signed in through.
    /// </summary>
    private static CallerKind KindOf(ClaimsPrincipal principal, string subject) =>
        (principal.FindFirst("client_id") ?? principal.FindFirst("azp"))?.Value == subject ? CallerKind.Client : CallerKind.User;

    private Task<Membership?> FindAsync(string issuer, string subject, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            (nameof(MembershipResolver), issuer, subject),
            entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                return tenants.FindMembershipAsync(issuer, subject, cancellationToken);
            });
}
