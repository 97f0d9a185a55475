namespace Dot.Domain.Tokens;

/// <summary>
/// Port: issued tokens of one kind, kept by hash. Everything but <see cref="FindByHashAsync"/> names the tenant
/// first, and a token id of another tenant reads as unknown: it is neither found, revoked nor touched.
/// </summary>
public interface ITokenStore<TToken>
    where TToken : IssuedToken
{
    /// <summary>
    /// Stores a new token. Its hash is unique among the tokens of its kind (across tenants, since it alone finds the
    /// token): a token whose id or hash is already stored is refused with an <see cref="InvalidOperationException"/>.
    /// </summary>
    Task CreateAsync(TToken token, CancellationToken cancellationToken);

    /// <summary>
    /// The token whose secret hashes to <paramref name="hash"/>, or null. The authentication step, before any tenant
    /// is known: served by an index on the hash, and the token it returns names its tenant. It reflects a revocation
    /// at once.
    /// </summary>
    Task<TToken?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    Task<TToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the token revoked at <paramref name="at"/> unless it already is: revoking again keeps the first time.
    /// Returns the token as stored, or null when it is unknown in that tenant.
    /// </summary>
    Task<TToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="at"/> as the token's last use; nothing happens when it is unknown in that tenant.</summary>
    Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);
}
