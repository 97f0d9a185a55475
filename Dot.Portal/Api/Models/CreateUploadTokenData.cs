namespace Dot.Portal.Api.Models;

/// <summary>CreateUploadToken.graphql.</summary>
public sealed record CreateUploadTokenData(CreateUploadTokenPayload CreateUploadToken);
