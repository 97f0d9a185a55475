namespace Dot.Domain.Tokens;

/// <summary>
/// A read-only credential for dashboards: reads one dataset (<see cref="DatasetId"/>) or, when that is null, every
/// dataset of the tenant, and only the classes of data its <see cref="Scope"/> allows. It never changes anything.
/// </summary>
public sealed record ReadToken(
    string Id,
    string TenantId,
    string? DatasetId,
    string Name,
    string DisplayPrefix,
    string Hash,
    DataScope Scope,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
    : IssuedToken(Id, TenantId, Name, DisplayPrefix, Hash, CreatedAt, ExpiresAt, LastUsedAt, RevokedAt)
{
    public const string IdPrefix = "rtk";
}
