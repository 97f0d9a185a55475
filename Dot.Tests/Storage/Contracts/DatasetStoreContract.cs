using Dot.Domain.Datasets;
using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IDatasetStore"/> adapter must do; each test works under fresh tenant ids.</summary>
public abstract class DatasetStoreContract(IDatasetStore store)
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task ACreatedDatasetIsFoundInItsTenant()
    {
        var dataset = NewDataset(NewTenantId(), "web");

        Assert.True(await CreateAsync(dataset));

        Assert.Equal(dataset, await store.FindAsync(dataset.TenantId, dataset.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherTenantsDatasetIsNotFound()
    {
        var dataset = NewDataset(NewTenantId(), "web");
        await CreateAsync(dataset);

        Assert.Null(await store.FindAsync(NewTenantId(), dataset.Id, CancellationToken.None));
        Assert.Null(await store.FindAsync(dataset.TenantId, OpaqueId.New(Dataset.IdPrefix), CancellationToken.None));
    }

    [Fact]
    public async Task ANameIsUniqueWithinItsTenant()
    {
        var first = NewDataset(NewTenantId(), "web");
        await CreateAsync(first);

        Assert.False(await CreateAsync(NewDataset(first.TenantId, "web")));

        Assert.Equal([first], await ListAsync(first.TenantId));
    }

    [Fact]
    public async Task AnotherTenantMayUseTheSameName()
    {
        await CreateAsync(NewDataset(NewTenantId(), "web"));

        Assert.True(await CreateAsync(NewDataset(NewTenantId(), "web")));
    }

    [Fact]
    public async Task NamesDifferingInCaseAreDifferentNames()
    {
        var tenantId = NewTenantId();
        await CreateAsync(NewDataset(tenantId, "web"));

        Assert.True(await CreateAsync(NewDataset(tenantId, "Web")));
    }

    [Fact]
    public async Task TheListHoldsTheTenantsDatasetsByName()
    {
        var tenantId = NewTenantId();
        var mobile = NewDataset(tenantId, "mobile");
        var api = NewDataset(tenantId, "api");
        await CreateAsync(mobile);
        await CreateAsync(api);
        await CreateAsync(NewDataset(NewTenantId(), "backend"));

        Assert.Equal([api, mobile], await ListAsync(tenantId));
        Assert.Empty(await ListAsync(NewTenantId()));
    }

    [Fact]
    public async Task RetentionIsSetAndCleared_InItsTenantOnly()
    {
        var dataset = NewDataset(NewTenantId(), "web");
        await CreateAsync(dataset);

        var set = await store.SetRetentionAsync(dataset.TenantId, dataset.Id, 30, CancellationToken.None);
        var elsewhere = await store.SetRetentionAsync(NewTenantId(), dataset.Id, 7, CancellationToken.None);

        Assert.Equal(dataset with { RetentionDays = 30 }, set);
        Assert.Null(elsewhere);
        Assert.Equal(30, (await store.FindAsync(dataset.TenantId, dataset.Id, CancellationToken.None))!.RetentionDays);
        Assert.Null((await store.SetRetentionAsync(dataset.TenantId, dataset.Id, null, CancellationToken.None))!.RetentionDays);
    }

    private Task<bool> CreateAsync(Dataset dataset) => store.TryCreateAsync(dataset, CancellationToken.None);

    private Task<IReadOnlyList<Dataset>> ListAsync(string tenantId) => store.ListAsync(tenantId, CancellationToken.None);

    private static Dataset NewDataset(string tenantId, string name) =>
        new(OpaqueId.New(Dataset.IdPrefix), tenantId, name, CreatedAt);

    private static string NewTenantId() => OpaqueId.New(Tenant.IdPrefix);
}
