using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

public static class DatasetQueries
{
    public static void AddDatasetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetType>>>>("datasets")
            .Classified(DataClassification.Public, "The datasets of the caller's tenant (of a dataset read token: its one dataset), by name.")
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context => await context.ListReadableDatasetsAsync());
    }
}
