namespace Dot.Domain.Tokens;

/// <summary>Whether a token still works, and if not, why.</summary>
public enum TokenState
{
    Active,
    Expired,
    Revoked,
}
