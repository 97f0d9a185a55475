namespace Dot.Portal.Api.Models;

/// <summary>The secret and the new upload token.</summary>
public sealed record CreateUploadTokenPayload(string Token, TokenReference UploadToken)
{
    public CreatedToken Created => new(Token, UploadToken);
}
