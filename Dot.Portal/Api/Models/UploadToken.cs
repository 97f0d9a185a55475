namespace Dot.Portal.Api.Models;

/// <summary>An upload token as listed (never its secret).</summary>
public sealed record UploadToken(
    string Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string State);
