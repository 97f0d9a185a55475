namespace Dot.Portal.Api.Models;

/// <summary>UploadTokens.graphql.</summary>
public sealed record UploadTokensData(IReadOnlyList<UploadToken> UploadTokens);
