using Dot.Domain.Tokens;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

/// <summary>An upload token as its owner may see it again: never the secret, only its first characters.</summary>
public sealed class UploadTokenType : ObjectGraphType<UploadToken>
{
    public UploadTokenType()
    {
        Name = "UploadToken";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("datasetId").Resolve(c => c.Source.DatasetId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("prefix")
            .Description("The first characters of the token, to recognise it; the secret itself is shown only once.")
            .Resolve(c => c.Source.DisplayPrefix);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt.UtcDateTime);
        Field<DateTimeGraphType>("lastUsedAt").Resolve(c => c.Source.LastUsedAt?.UtcDateTime);
        Field<DateTimeGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt?.UtcDateTime);
        Field<NonNullGraphType<TokenStateType>>("state").Resolve(c => StateOf(c.Source, c.GetService<TimeProvider>().GetUtcNow()));
    }

    private static TokenState StateOf(UploadToken token, DateTimeOffset now) =>
        token.RevokedAt is not null ? TokenState.Revoked
        : token.IsExpiredAt(now) ? TokenState.Expired
        : TokenState.Active;
}

public enum TokenState
{
    Active,
    Expired,
    Revoked,
}

public sealed class TokenStateType : EnumerationGraphType<TokenState>
{
    public TokenStateType()
    {
        Name = "TokenState";
    }
}
