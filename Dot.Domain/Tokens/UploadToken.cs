namespace Dot.Domain.Tokens;

/// <summary>A credential that lets a CI job push reports into one dataset.</summary>
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
    : IssuedToken(Id, TenantId, Name, DisplayPrefix, Hash, CreatedAt, ExpiresAt, LastUsedAt, RevokedAt)
{
    public const string IdPrefix = "utk";
}
