namespace Dot.Portal.Api.Models;

/// <summary>A token's id and state after a mutation.</summary>
public sealed record TokenStatePayload(TokenState? UploadToken, TokenState? ReadToken);
