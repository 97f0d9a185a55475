using Dot.Domain.Tokens;

namespace Dot.Api.UploadTokens;

/// <summary>The outcome of checking an upload token: the token, or the one sentence that says why not.</summary>
public sealed record UploadTokenCheck(UploadToken? Token, string? Failure)
{
    public static UploadTokenCheck Fail(string failure) => new(null, failure);
}
