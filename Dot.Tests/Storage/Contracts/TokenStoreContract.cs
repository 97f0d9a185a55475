using Dot.Domain.Datasets;
using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every <see cref="ITokenStore{TToken}"/> adapter must do, whatever the kind of token; a kind's suite says how
/// its tokens are made and listed. Each test works under fresh tenant and dataset ids.
/// </summary>
public abstract class TokenStoreContract<TToken>(ITokenStore<TToken> store)
    where TToken : IssuedToken
{
    protected static readonly DateTimeOffset CreatedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>A token of the dataset with fresh id and hash, created at <paramref name="createdAt"/>, never used or revoked.</summary>
    protected abstract TToken NewToken(string tenantId, string datasetId, DateTimeOffset createdAt);

    /// <summary>The tenant's tokens for one dataset, as the kind lists them.</summary>
    protected abstract Task<IReadOnlyList<TToken>> ListAsync(string tenantId, string datasetId);

    [Fact]
    public async Task ACreatedTokenIsFoundByItsHashAndNamesItsTenant()
    {
        var token = await CreateAsync();

        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnknownHashFindsNothing() =>
        Assert.Null(await store.FindByHashAsync(SecretToken.Hash(OpaqueId.New("unknown")), CancellationToken.None));

    [Fact]
    public async Task ATokenIsFoundOnlyInItsTenant()
    {
        var token = await CreateAsync();

        Assert.Equal(token, await FindAsync(token));
        Assert.Null(await store.FindAsync(NewTenantId(), token.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AHashAlreadyStoredIsRefusedInAnyTenant()
    {
        var token = await CreateAsync();
        var copy = (TToken)(NewToken(NewTenantId(), NewDatasetId(), CreatedAt) with { Hash = token.Hash });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(copy, CancellationToken.None));

        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
    }

    [Fact]
    public async Task RevokingMarksTheTokenAndItsHashLookupSeesIt()
    {
        var token = await CreateAsync();
        var at = CreatedAt.AddDays(1);

        var revoked = await RevokeAsync(token.TenantId, token, at);

        Assert.Equal(token with { RevokedAt = at }, revoked);
        Assert.Equal(at, (await store.FindByHashAsync(token.Hash, CancellationToken.None))?.RevokedAt);
    }

    [Fact]
    public async Task RevokingAgainKeepsTheFirstTime()
    {
        var token = await CreateAsync();
        var first = CreatedAt.AddDays(1);
        await RevokeAsync(token.TenantId, token, first);

        var again = await RevokeAsync(token.TenantId, token, first.AddDays(1));

        Assert.Equal(first, again?.RevokedAt);
        Assert.Equal(first, (await FindAsync(token))?.RevokedAt);
    }

    [Fact]
    public async Task RevokingInAnotherTenantIsUnknownAndChangesNothing()
    {
        var token = await CreateAsync();

        Assert.Null(await RevokeAsync(NewTenantId(), token, CreatedAt.AddDays(1)));

        Assert.Equal(token, await FindAsync(token));
    }

    [Fact]
    public async Task TouchingRecordsTheLastUse()
    {
        var token = await CreateAsync();
        var later = CreatedAt.AddHours(2);
        await TouchAsync(token.TenantId, token, CreatedAt.AddHours(1));

        await TouchAsync(token.TenantId, token, later);

        Assert.Equal(later, (await store.FindByHashAsync(token.Hash, CancellationToken.None))?.LastUsedAt);
    }

    [Fact]
    public async Task TouchingInAnotherTenantChangesNothing()
    {
        var token = await CreateAsync();

        await TouchAsync(NewTenantId(), token, CreatedAt.AddHours(1));

        Assert.Equal(token, await FindAsync(token));
    }

    [Fact]
    public async Task TheListHoldsTheDatasetsTokensNewestFirst()
    {
        var tenantId = NewTenantId();
        var datasetId = NewDatasetId();
        var oldest = await CreateAsync(NewToken(tenantId, datasetId, CreatedAt));
        var newest = await CreateAsync(NewToken(tenantId, datasetId, CreatedAt.AddHours(2)));
        var middle = await CreateAsync(NewToken(tenantId, datasetId, CreatedAt.AddHours(1)));
        await CreateAsync(NewToken(tenantId, NewDatasetId(), CreatedAt.AddHours(3)));
        await CreateAsync(NewToken(NewTenantId(), datasetId, CreatedAt.AddHours(3)));

        Assert.Equal([newest, middle, oldest], await ListAsync(tenantId, datasetId));
        Assert.Empty(await ListAsync(NewTenantId(), datasetId));
    }

    protected async Task<TToken> CreateAsync(TToken token)
    {
        await store.CreateAsync(token, CancellationToken.None);
        return token;
    }

    protected Task<TToken?> FindAsync(TToken token) => store.FindAsync(token.TenantId, token.Id, CancellationToken.None);

    protected static string NewTenantId() => OpaqueId.New(Tenant.IdPrefix);

    protected static string NewDatasetId() => OpaqueId.New(Dataset.IdPrefix);

    /// <summary>A hash as the services store it: of a fresh secret.</summary>
    protected static string NewHash() => SecretToken.Hash(OpaqueId.New("secret"));

    private Task<TToken> CreateAsync() => CreateAsync(NewToken(NewTenantId(), NewDatasetId(), CreatedAt));

    private Task<TToken?> RevokeAsync(string tenantId, TToken token, DateTimeOffset at) =>
        store.RevokeAsync(tenantId, token.Id, at, CancellationToken.None);

    private Task TouchAsync(string tenantId, TToken token, DateTimeOffset at) =>
        store.TouchAsync(tenantId, token.Id, at, CancellationToken.None);
}
