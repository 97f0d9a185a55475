namespace Dot.Portal.Api.Models;

/// <summary>The secret and the new read token.</summary>
public sealed record CreateReadTokenPayload(string Token, TokenReference ReadToken)
{
    public CreatedToken Created => new(Token, ReadToken);
}
