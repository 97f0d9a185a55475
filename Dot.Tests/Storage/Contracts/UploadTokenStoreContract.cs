using Dot.Domain.Identifiers;
using Dot.Domain.Tokens;

namespace Dot.Tests.Storage.Contracts;

/// <summary>What every <see cref="IUploadTokenStore"/> adapter must do: the rules of every token store.</summary>
public abstract class UploadTokenStoreContract(IUploadTokenStore store) : TokenStoreContract<UploadToken>(store)
{
    private readonly IUploadTokenStore _store = store;

    protected override UploadToken NewToken(string tenantId, string datasetId, DateTimeOffset createdAt) =>
        new(OpaqueId.New(UploadToken.IdPrefix), tenantId, datasetId, "ci", "dot_upl_abcd", NewHash(),
            createdAt, createdAt.AddDays(365), LastUsedAt: null, RevokedAt: null);

    protected override Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId) =>
        _store.ListAsync(tenantId, datasetId, CancellationToken.None);
}
