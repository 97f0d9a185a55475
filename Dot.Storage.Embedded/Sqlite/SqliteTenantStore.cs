using Dot.Domain.Tenancy;

namespace Dot.Storage.Embedded.Sqlite;

public sealed class SqliteTenantStore(SqliteDatabase database) : ITenantStore
{
    public Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO tenants (id, display_name, created_at) VALUES ($id, $name, $created)",
            c => c.With("$id", tenant.Id).With("$name", tenant.DisplayName).With("$created", SqliteValues.Time(tenant.CreatedAt)),
            cancellationToken);

    public async Task<IReadOnlyList<string>> ListTenantIdsAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT id FROM tenants ORDER BY id", _ => { }, r => r.GetString(0), cancellationToken);

    public Task<Tenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            "SELECT id, display_name, created_at FROM tenants WHERE id = $id",
            c => c.With("$id", tenantId),
            r => new Tenant(r.GetString(0), r.GetString(1), r.GetTime(2)),
            cancellationToken);

    public Task SaveMembershipAsync(Membership membership, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            """
            INSERT INTO memberships (issuer, subject, tenant_id, role) VALUES ($issuer, $subject, $tenant, $role)
            ON CONFLICT (issuer, subject) DO UPDATE SET tenant_id = excluded.tenant_id, role = excluded.role
            """,
            c => c.With("$issuer", membership.Issuer).With("$subject", membership.Subject)
                .With("$tenant", membership.TenantId).With("$role", RoleNames.Of(membership.Role)),
            cancellationToken);

    public Task<Membership?> FindMembershipAsync(string issuer, string subject, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            "SELECT tenant_id, role FROM memberships WHERE issuer = $issuer AND subject = $subject",
            c => c.With("$issuer", issuer).With("$subject", subject),
            r => RoleNames.TryParse(r.GetString(1), out var role) ? new Membership(issuer, subject, r.GetString(0), role) : null,
            cancellationToken);
}
