using Dot.Domain.Tenancy;

namespace Dot.Api.Storage.Embedded;

public sealed class SqliteTenantStore(SqliteDatabase database) : ITenantStore
{
    public async Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO tenants (id, display_name, created_at) VALUES ($id, $name, $created)";
        command.With("$id", tenant.Id).With("$name", tenant.DisplayName).With("$created", SqliteValues.Time(tenant.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Tenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, display_name, created_at FROM tenants WHERE id = $id";
        command.With("$id", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Tenant(reader.GetString(0), reader.GetString(1), reader.GetTime(2))
            : null;
    }

    public async Task SaveMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO memberships (issuer, subject, tenant_id, role) VALUES ($issuer, $subject, $tenant, $role)
            ON CONFLICT (issuer, subject) DO UPDATE SET tenant_id = excluded.tenant_id, role = excluded.role
            """;
        command.With("$issuer", membership.Issuer).With("$subject", membership.Subject)
            .With("$tenant", membership.TenantId).With("$role", RoleNames.Of(membership.Role));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Membership?> FindMembershipAsync(string issuer, string subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tenant_id, role FROM memberships WHERE issuer = $issuer AND subject = $subject";
        command.With("$issuer", issuer).With("$subject", subject);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !RoleNames.TryParse(reader.GetString(1), out var role))
        {
            return null;
        }
        return new Membership(issuer, subject, reader.GetString(0), role);
    }
}
