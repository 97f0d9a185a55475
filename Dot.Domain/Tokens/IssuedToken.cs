namespace Dot.Domain.Tokens;

/// <summary>
/// What every bearer token DoT issues has: an owner tenant, a name, a secret shown once and never stored
/// (<see cref="Hash"/> identifies it, <see cref="DisplayPrefix"/> helps a person recognise it), an expiry, its last
/// use and its revocation.
/// </summary>
public abstract record IssuedToken(
    string Id,
    string TenantId,
    string Name,
    string DisplayPrefix,
    string Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && !IsExpiredAt(now);

    public TokenState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? TokenState.Revoked
        : IsExpiredAt(now) ? TokenState.Expired
        : TokenState.Active;
}
