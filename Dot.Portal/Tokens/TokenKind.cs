namespace Dot.Portal.Tokens;

/// <summary>Upload tokens or read tokens: what differs between their pages, by the route segment that names them.</summary>
public sealed record TokenKind(string Slug, string Title, string Noun)
{
    public static TokenKind Upload { get; } = new("upload-tokens", "Upload tokens", "upload token");

    public static TokenKind Read { get; } = new("read-tokens", "Read tokens", "read token");

    public bool IsUpload => this == Upload;

    public static TokenKind? Find(string? slug) =>
        slug == Upload.Slug ? Upload : slug == Read.Slug ? Read : null;
}
