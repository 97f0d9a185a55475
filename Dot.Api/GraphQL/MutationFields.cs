using Dot.Api.Auth;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dot.Api.GraphQL;

/// <summary>The shape of DoT's mutations (Relay): one non-null <c>input</c> argument, a non-null payload.</summary>
public static class MutationFields
{
    /// <summary>A mutation only the tenant's owners may call (never a member, never a read token).</summary>
    public static FieldBuilder<object?, object> OwnerMutation<TPayloadType, TInputType>(this ObjectGraphType mutation, string name, string description)
        where TPayloadType : IGraphType
        where TInputType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        return mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner);
    }
}
