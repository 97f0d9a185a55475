namespace Dot.Portal.Api.Models;

/// <summary>A read token as listed (never its secret).</summary>
public sealed record ReadToken(
    string Id,
    string Name,
    string Prefix,
    string? DatasetId,
    string Scope,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string State);
