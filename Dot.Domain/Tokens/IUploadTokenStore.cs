namespace Dot.Domain.Tokens;

/// <summary>Port: upload tokens, kept by hash. Everything but the hash lookup is scoped to a tenant.</summary>
public interface IUploadTokenStore
{
    Task CreateAsync(UploadToken token, CancellationToken cancellationToken);

    /// <summary>The token whose secret hashes to <paramref name="hash"/>: the authentication step, so not tenant-scoped.</summary>
    Task<UploadToken?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    Task<UploadToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken);

    Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId, CancellationToken cancellationToken);

    /// <summary>Marks the token revoked at <paramref name="at"/> unless it already is; returns it as stored, or null if unknown.</summary>
    Task<UploadToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);

    Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);
}
