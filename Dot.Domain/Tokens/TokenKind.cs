namespace Dot.Domain.Tokens;

/// <summary>A kind of token DoT issues: the prefix of its secrets, the prefix of its ids, and its name in messages.</summary>
public sealed record TokenKind(string SecretPrefix, string IdPrefix, string Name)
{
    public static readonly TokenKind Upload = new(TokenPrefixes.Upload, UploadToken.IdPrefix, "upload token");
    public static readonly TokenKind Read = new(TokenPrefixes.Read, ReadToken.IdPrefix, "read token");

    public static IReadOnlyList<TokenKind> All { get; } = [Upload, Read];

    /// <summary>The kind whose well-formed secret <paramref name="secret"/> is, if any.</summary>
    public static TokenKind? Of(string? secret) =>
        All.FirstOrDefault(kind => SecretToken.IsWellFormed(secret, kind.SecretPrefix));
}
