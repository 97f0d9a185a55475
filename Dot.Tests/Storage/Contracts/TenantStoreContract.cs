using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="ITenantStore"/> adapter must do; each test works under fresh ids.</summary>
public abstract class TenantStoreContract(ITenantStore store)
{
    private const string Issuer = "https://issuer.example/";
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task ACreatedTenantIsFoundByItsId()
    {
        var tenant = new Tenant(NewTenantId(), "Acme", CreatedAt);

        await store.CreateTenantAsync(tenant, CancellationToken.None);

        Assert.Equal(tenant, await store.FindTenantAsync(tenant.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EveryTenantIsListedById()
    {
        var tenant = new Tenant(NewTenantId(), "Acme", CreatedAt);
        await store.CreateTenantAsync(tenant, CancellationToken.None);

        Assert.Contains(tenant.Id, await store.ListTenantIdsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AnUnknownTenantIsNull() =>
        Assert.Null(await store.FindTenantAsync(NewTenantId(), CancellationToken.None));

    [Fact]
    public async Task AMembershipIsFoundByIssuerAndSubjectAndNamesItsTenant()
    {
        var membership = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Owner);

        await store.SaveMembershipAsync(membership, CancellationToken.None);

        Assert.Equal(membership, await FindAsync(Issuer, membership.Subject));
    }

    [Fact]
    public async Task AnUnknownIdentityHasNoMembership()
    {
        var membership = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Member);
        await store.SaveMembershipAsync(membership, CancellationToken.None);

        Assert.Null(await FindAsync(Issuer, NewSubject()));
        Assert.Null(await FindAsync("https://other-issuer.example/", membership.Subject));
    }

    [Fact]
    public async Task SavingAgainReplacesTheRole()
    {
        var member = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Member);
        await store.SaveMembershipAsync(member, CancellationToken.None);

        await store.SaveMembershipAsync(member with { Role = Role.Owner }, CancellationToken.None);

        Assert.Equal(Role.Owner, (await FindAsync(Issuer, member.Subject))?.Role);
    }

    [Fact]
    public async Task SavingForAnotherTenantMovesTheIdentity()
    {
        var first = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Owner);
        var moved = first with { TenantId = NewTenantId(), Role = Role.Member };
        await store.SaveMembershipAsync(first, CancellationToken.None);

        await store.SaveMembershipAsync(moved, CancellationToken.None);

        Assert.Equal(moved, await FindAsync(Issuer, first.Subject));
    }

    [Fact]
    public async Task IdentitiesOfTwoTenantsKeepTheirOwnTenant()
    {
        var acme = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Owner);
        var globex = new Membership(Issuer, NewSubject(), NewTenantId(), Role.Owner);

        await store.SaveMembershipAsync(acme, CancellationToken.None);
        await store.SaveMembershipAsync(globex, CancellationToken.None);

        Assert.Equal(acme.TenantId, (await FindAsync(Issuer, acme.Subject))?.TenantId);
        Assert.Equal(globex.TenantId, (await FindAsync(Issuer, globex.Subject))?.TenantId);
    }

    private Task<Membership?> FindAsync(string issuer, string subject) =>
        store.FindMembershipAsync(issuer, subject, CancellationToken.None);

    private static string NewTenantId() => OpaqueId.New(Tenant.IdPrefix);

    private static string NewSubject() => OpaqueId.New("sub");
}
