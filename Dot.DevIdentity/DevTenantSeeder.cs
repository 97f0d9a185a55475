using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;
using Microsoft.Extensions.Options;

namespace Dot.DevIdentity;

/// <summary>
/// At start-up, before the server takes requests: makes sure the development tenants and the memberships of all their
/// clients and users exist for this issuer, and loads the keys. Idempotent: a tenant is found again through the
/// membership of its <see cref="DevTenant.Anchor"/>, never through its display name.
/// </summary>
internal sealed class DevTenantSeeder(
    ITenantStore tenants,
    DevKeyStore keys,
    IOptions<DevIdentityOptions> options,
    ILogger<DevTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var issuer = options.Value.Issuer;
        foreach (var tenant in DevDirectory.Tenants)
        {
            var tenantId = await EnsureTenantAsync(tenant, issuer, cancellationToken);
            foreach (var member in tenant.Members)
            {
                await tenants.SaveMembershipAsync(new Membership(issuer, member.Subject, tenantId, member.Role), cancellationToken);
            }
            DevIdentityLog.TenantReady(logger, tenantId, tenant.Members.Count);
        }

        _ = keys.SigningKey;
        _ = keys.EncryptionKey;
        DevIdentityLog.Started(logger, DevDirectory.Secret, issuer, options.Value.KeyFolder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string> EnsureTenantAsync(DevTenant tenant, string issuer, CancellationToken cancellationToken)
    {
        var anchor = await tenants.FindMembershipAsync(issuer, tenant.Anchor.Subject, cancellationToken);
        var tenantId = anchor?.TenantId ?? OpaqueId.New(Tenant.IdPrefix);
        if (await tenants.FindTenantAsync(tenantId, cancellationToken) is null)
        {
            await tenants.CreateTenantAsync(new Tenant(tenantId, tenant.DisplayName, DateTimeOffset.UtcNow), cancellationToken);
            DevIdentityLog.TenantCreated(logger, tenantId);
        }
        return tenantId;
    }
}
