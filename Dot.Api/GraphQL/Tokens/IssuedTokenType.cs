using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Tokens;

/// <summary>
/// A token as its owner may see it again, with the fields every kind has: never the secret, only its first
/// characters. Each kind adds what it grants.
/// </summary>
public abstract class IssuedTokenType<TToken> : ObjectGraphType<TToken>
    where TToken : IssuedToken
{
    protected IssuedTokenType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("prefix")
            .Description("The first characters of the token, to recognise it; the secret itself is shown only once.")
            .Resolve(c => c.Source.DisplayPrefix);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt.UtcDateTime);
        Field<DateTimeGraphType>("lastUsedAt")
            .Description("When the token was last accepted, to the minute.")
            .Resolve(c => c.Source.LastUsedAt?.UtcDateTime);
        Field<DateTimeGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt?.UtcDateTime);
        Field<NonNullGraphType<TokenStateType>>("state").Resolve(c => c.Source.StateAt(c.GetService<TimeProvider>().GetUtcNow()));
    }
}

public sealed class TokenStateType : EnumerationGraphType<TokenState>
{
    public TokenStateType()
    {
        Name = "TokenState";
    }
}
