namespace Dot.Domain.Tokens;

/// <summary>The recognisable beginnings of DoT's bearer secrets, one per kind of token.</summary>
public static class TokenPrefixes
{
    public const string Upload = "dot_upl_";
    public const string Read = "dot_read_";
}
