using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Viewer;

public static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("me")
            .Classified(DataClassification.Public, "The authenticated caller.")
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .Resolve(context => context.GetCaller());
    }
}
