using Dot.Domain.Audit;

namespace Dot.Api.Audit;

/// <summary>
/// Credentials refused (401) that still name a tenant: a revoked or expired token found by its hash. Authentication
/// leaves it on the request, so whoever answers 401 can put the attempt in that tenant's trail.
/// </summary>
public sealed record RefusedCredential(string TenantId, AuditActor Actor)
{
    private static readonly object Key = new();

    public static void Set(HttpContext http, string tenantId, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[Key] = new RefusedCredential(tenantId, actor);
    }

    public static RefusedCredential? Find(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Key, out var value) ? value as RefusedCredential : null;
    }
}
