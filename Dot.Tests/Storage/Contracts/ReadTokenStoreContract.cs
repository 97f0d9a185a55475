using Dot.Domain.Identifiers;
using Dot.Domain.Tokens;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IReadTokenStore"/> adapter must do: the rules of every token store, whole-tenant tokens and scopes.</summary>
public abstract class ReadTokenStoreContract(IReadTokenStore store) : TokenStoreContract<ReadToken>(store)
{
    private readonly IReadTokenStore _store = store;

    [Fact]
    public async Task AWholeTenantTokenIsListedOnlyWhenNoDatasetIsAsked()
    {
        var tenantId = NewTenantId();
        var datasetId = NewDatasetId();
        var ofDataset = await CreateAsync(NewToken(tenantId, datasetId, CreatedAt));
        var wholeTenant = await CreateAsync(NewToken(tenantId, datasetId, CreatedAt.AddHours(1)) with { DatasetId = null });

        Assert.Equal([wholeTenant, ofDataset], await _store.ListAsync(tenantId, null, CancellationToken.None));
        Assert.Equal([ofDataset], await ListAsync(tenantId, datasetId));
        Assert.Empty(await _store.ListAsync(NewTenantId(), null, CancellationToken.None));
    }

    [Fact]
    public async Task TheDataScopeIsKept()
    {
        var token = await CreateAsync(NewToken(NewTenantId(), NewDatasetId(), CreatedAt) with { Scope = DataScope.Public });

        Assert.Equal(DataScope.Public, (await FindAsync(token))?.Scope);
    }

    protected override ReadToken NewToken(string tenantId, string datasetId, DateTimeOffset createdAt) =>
        new(OpaqueId.New(ReadToken.IdPrefix), tenantId, datasetId, "dashboard", "dot_read_abcd", NewHash(), DataScope.Restricted,
            createdAt, createdAt.AddDays(365), LastUsedAt: null, RevokedAt: null);

    protected override Task<IReadOnlyList<ReadToken>> ListAsync(string tenantId, string datasetId) =>
        _store.ListAsync(tenantId, datasetId, CancellationToken.None);
}
