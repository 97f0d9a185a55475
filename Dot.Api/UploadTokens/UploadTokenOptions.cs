using Dot.Api.Tokens;

namespace Dot.Api.UploadTokens;

/// <summary>The <c>UploadTokens</c> section: how long upload tokens live.</summary>
public sealed class UploadTokenOptions : TokenLifetimeOptions
{
    public const string Section = "UploadTokens";
}
