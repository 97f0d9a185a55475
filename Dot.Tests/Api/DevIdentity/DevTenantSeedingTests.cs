using Dot.Domain.Tenancy;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.DevIdentity;

public sealed class DevTenantSeedingTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    [Fact]
    public async Task EveryDevelopmentIdentityHasItsMembership()
    {
        var tenants = factory.Services.GetRequiredService<ITenantStore>();

        var acme = await MembershipAsync(tenants, "acme-automation");
        var globex = await MembershipAsync(tenants, "globex-automation");

        Assert.NotEqual(acme.TenantId, globex.TenantId);
        Assert.StartsWith(Tenant.IdPrefix + "_", acme.TenantId, StringComparison.Ordinal);
        Assert.Equal("Acme", (await tenants.FindTenantAsync(acme.TenantId, CancellationToken.None))?.DisplayName);
        Assert.Equal("Globex", (await tenants.FindTenantAsync(globex.TenantId, CancellationToken.None))?.DisplayName);
        var expected = new[]
        {
            ("acme-automation", acme.TenantId, Role.Owner),
            ("acme-dashboard", acme.TenantId, Role.Member),
            ("alice", acme.TenantId, Role.Owner),
            ("bob", acme.TenantId, Role.Member),
            ("globex-automation", globex.TenantId, Role.Owner),
            ("carol", globex.TenantId, Role.Owner),
        };
        foreach (var (subject, tenantId, role) in expected)
        {
            var membership = await MembershipAsync(tenants, subject);
            Assert.Equal((subject, tenantId, role), (membership.Subject, membership.TenantId, membership.Role));
        }
    }

    [Fact]
    public async Task PortalClientBelongsToNoTenant()
    {
        var tenants = factory.Services.GetRequiredService<ITenantStore>();

        Assert.Null(await tenants.FindMembershipAsync(DotApiFactory.Issuer, "dot-portal", CancellationToken.None));
    }

    private static async Task<Membership> MembershipAsync(ITenantStore tenants, string subject) =>
        await tenants.FindMembershipAsync(DotApiFactory.Issuer, subject, CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException($"No membership for {subject}.");
}
