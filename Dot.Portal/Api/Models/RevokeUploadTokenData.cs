namespace Dot.Portal.Api.Models;

/// <summary>RevokeUploadToken.graphql.</summary>
public sealed record RevokeUploadTokenData(TokenStatePayload RevokeUploadToken);
