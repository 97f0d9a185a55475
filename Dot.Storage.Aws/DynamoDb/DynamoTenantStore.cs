using Dot.Domain.Tenancy;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Tenants (<c>TENANT</c>) and memberships (<c>MEMBER#issuer#subject</c>, found from outside a tenant through
/// <c>byLookup</c>). Moving an identity puts the new membership first and then deletes the old one, so a crash in
/// between leaves two, of which the newer (<c>savedAt</c>) counts and the next save removes the other. Every tenant is
/// also in the <c>TENANTS</c> queue of <c>byQueue</c>, the one list that spans tenants (for the retention sweep).
/// </summary>
public sealed class DynamoTenantStore(DynamoTable table, TimeProvider clock) : ITenantStore
{
    private const string TenantSk = "TENANT";
    private const string TenantsQueue = "TENANTS";

    public async Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var item = DynamoTable.NewItem(TableKeys.Tenant(tenant.Id), TenantSk)
            .With("displayName", tenant.DisplayName).With("createdAt", tenant.CreatedAt).With(TableKeys.Queue, TenantsQueue);
        item[TableKeys.QueueAt] = Attributes.N(tenant.CreatedAt.ToUnixTimeMilliseconds());
        if (!await table.PutNewAsync(item, cancellationToken))
        {
            throw new InvalidOperationException($"A tenant with id '{tenant.Id}' is already stored.");
        }
    }

    public async Task<Tenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), TenantSk, cancellationToken) is { } item
            ? new Tenant(tenantId, item.Str("displayName"), item.Time("createdAt"))
            : null;

    public async Task<IReadOnlyList<string>> ListTenantIdsAsync(CancellationToken cancellationToken) =>
        (await QueueIndex.DueAsync(table, TenantsQueue, DateTimeOffset.MaxValue, limit: null, cancellationToken)).Select(key => TableKeys.TenantOf(key.Pk)).ToList();

    public async Task SaveMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var key = MemberKey(membership.Issuer, membership.Subject);
        var pk = TableKeys.Tenant(membership.TenantId);
        var item = DynamoTable.NewItem(pk, key).With(TableKeys.Lookup, key).With("issuer", membership.Issuer)
            .With("subject", membership.Subject).With("role", RoleNames.Of(membership.Role)).With("savedAt", clock.GetUtcNow());
        await table.PutAsync(item, cancellationToken);
        foreach (var (otherPk, otherSk) in await table.LookupAsync(key, cancellationToken))
        {
            if (otherPk != pk)
            {
                await table.TryDeleteAsync(otherPk, otherSk, null, cancellationToken);
            }
        }
    }

    public async Task<Membership?> FindMembershipAsync(string issuer, string subject, CancellationToken cancellationToken)
    {
        var items = await table.GetManyAsync(await table.LookupAsync(MemberKey(issuer, subject), cancellationToken), cancellationToken);
        var newest = items.MaxBy(item => item.Time("savedAt"));
        return newest is null
            ? null
            : new Membership(issuer, subject, TableKeys.TenantOf(newest.Str(TableKeys.Pk)), RoleNames.TryParse(newest.Str("role"), out var role) ? role : Role.Member);
    }

    private static string MemberKey(string issuer, string subject) => $"MEMBER#{issuer}#{subject}";
}
