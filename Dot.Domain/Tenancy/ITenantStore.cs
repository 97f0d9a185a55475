namespace Dot.Domain.Tenancy;

/// <summary>Port: tenants and the memberships that tie identities to them.</summary>
public interface ITenantStore
{
    Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken);

    Task<Tenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the membership of (issuer, subject).</summary>
    Task SaveMembershipAsync(Membership membership, CancellationToken cancellationToken);

    Task<Membership?> FindMembershipAsync(string issuer, string subject, CancellationToken cancellationToken);
}
