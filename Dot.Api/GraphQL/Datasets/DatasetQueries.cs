using Dot.Api.Auth;
using Dot.Domain.Datasets;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

public static class DatasetQueries
{
    public static void AddDatasetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetType>>>>("datasets")
            .Description("The datasets of the caller's tenant, by name.")
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context =>
                await context.GetService<IDatasetStore>().ListAsync(context.GetCaller().TenantId, context.CancellationToken));
    }
}
