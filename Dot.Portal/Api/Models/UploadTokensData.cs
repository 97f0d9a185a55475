using Dot.Portal.Tokens;

namespace Dot.Portal.Api.Models;

/// <summary>UploadTokens.graphql, read straight into list rows (an upload token reads its own dataset only).</summary>
public sealed record UploadTokensData(IReadOnlyList<TokenRow> UploadTokens);
