namespace Dot.Domain.Tenancy;

/// <summary>
/// Port: tenants and the memberships that tie identities to them. Every record lives under its tenant's key
/// (docs/decisions/0008-configuration-keys.md); only <see cref="FindMembershipAsync"/> starts from outside a tenant.
/// </summary>
public interface ITenantStore
{
    /// <summary>Stores a new tenant under a fresh id.</summary>
    Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken);

    /// <summary>
    /// Every tenant's id, for work that visits each tenant in turn (the retention sweep); never for a request,
    /// which always knows its one tenant.
    /// </summary>
    Task<IReadOnlyList<string>> ListTenantIdsAsync(CancellationToken cancellationToken);

    /// <summary>The tenant of that id, or null when there is none.</summary>
    Task<Tenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces the membership of (issuer, subject): an identity belongs to one tenant with one role, so a
    /// second save replaces the first, whichever tenant and role it names.
    /// </summary>
    Task SaveMembershipAsync(Membership membership, CancellationToken cancellationToken);

    /// <summary>
    /// The membership of (issuer, subject), or null. The sign-in step, before any tenant is known: served by an index
    /// on (issuer, subject), and the membership it returns names its tenant.
    /// </summary>
    Task<Membership?> FindMembershipAsync(string issuer, string subject, CancellationToken cancellationToken);
}
