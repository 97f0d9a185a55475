using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Tokens;

public static class TokenListField
{
    /// <summary>A list of one kind of token: for the tenant's owners only, revoked and expired tokens included.</summary>
    public static FieldBuilder<object?, object> TokenList<TTokenType>(this ObjectGraphType query, string name, string description)
        where TTokenType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TTokenType>>>>(name)
            .Classified(DataClassification.Restricted, description + ", newest first, revoked and expired ones included. Owners only.")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner);
    }
}
