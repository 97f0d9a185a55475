namespace Dot.Portal.Tokens;

/// <summary>One line of a token list; <see cref="Covers"/> says what a read token reads (null for upload tokens).</summary>
public sealed record TokenRow(
    string Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    string State,
    string? Covers)
{
    public bool IsActive => State == "ACTIVE";
}
