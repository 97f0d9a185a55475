namespace Dot.Domain.Tokens;

/// <summary>Port: issued tokens of one kind, kept by hash. Everything but the hash lookup is scoped to a tenant.</summary>
public interface ITokenStore<TToken>
    where TToken : IssuedToken
{
    Task CreateAsync(TToken token, CancellationToken cancellationToken);

    /// <summary>The token whose secret hashes to <paramref name="hash"/>: the authentication step, so not tenant-scoped.</summary>
    Task<TToken?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    Task<TToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken);

    /// <summary>Marks the token revoked at <paramref name="at"/> unless it already is; returns it as stored, or null if unknown.</summary>
    Task<TToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);

    Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);
}
