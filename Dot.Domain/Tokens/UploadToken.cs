namespace Dot.Domain.Tokens;

/// <summary>
/// A credential that lets a CI job push reports into one dataset. The secret itself is shown once and never
/// stored: <see cref="Hash"/> identifies it, <see cref="DisplayPrefix"/> helps a person recognise it.
/// </summary>
public sealed record UploadToken(
    string Id,
    string TenantId,
    string DatasetId,
    string Name,
    string DisplayPrefix,
    string Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public const string IdPrefix = "utk";

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && !IsExpiredAt(now);
}
