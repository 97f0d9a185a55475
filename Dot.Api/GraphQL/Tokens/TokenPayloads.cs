using Dot.Api.GraphQL.Audit;
using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Tokens;

/// <summary>What creating a token answers: the secret, this once, and the token as it is stored.</summary>
public sealed record CreateTokenPayload<TToken>(string Token, TToken Issued) : IAuditTarget
    where TToken : IssuedToken
{
    public string? AuditTargetId => Issued.Id;
}

/// <summary>The payload type of a create-token mutation: the secret and the token, in a field named for its kind (<c>readToken</c>).</summary>
public abstract class CreateTokenPayloadType<TToken, TTokenType> : ObjectGraphType<CreateTokenPayload<TToken>>
    where TToken : IssuedToken
    where TTokenType : IssuedTokenType<TToken>
{
    protected CreateTokenPayloadType(string name, string tokenField)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("token")
            .Description("The secret, shown this once: DoT keeps only its hash.")
            .Resolve(c => c.Source.Token);
        Field<NonNullGraphType<TTokenType>>(tokenField).Resolve(c => c.Source.Issued);
    }
}

/// <summary>What revoking a token answers: the token, revoked.</summary>
public sealed record RevokeTokenPayload<TToken>(TToken Revoked) : IAuditTarget
    where TToken : IssuedToken
{
    public string? AuditTargetId => Revoked.Id;
}

public abstract class RevokeTokenPayloadType<TToken, TTokenType> : ObjectGraphType<RevokeTokenPayload<TToken>>
    where TToken : IssuedToken
    where TTokenType : IssuedTokenType<TToken>
{
    protected RevokeTokenPayloadType(string name, string tokenField)
    {
        Name = name;
        Field<NonNullGraphType<TTokenType>>(tokenField).Resolve(c => c.Source.Revoked);
    }
}
