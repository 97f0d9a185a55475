using Dot.Api.Tokens;

namespace Dot.Api.ReadTokens;

/// <summary>The <c>ReadTokens</c> section: how long read tokens live.</summary>
public sealed class ReadTokenOptions : TokenLifetimeOptions
{
    public const string Section = "ReadTokens";
}
