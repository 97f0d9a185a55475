using GraphQL.Types;

namespace Dot.Api.GraphQL;

/// <summary>DoT's GraphQL schema; its printed form is checked in as <c>schema/schema.graphql</c>.</summary>
public sealed class DotSchema : Schema
{
    public DotSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
