using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Uploads;
using Dot.Domain.WorkItems;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.Uploads;

public static class UploadQueries
{
    public static void AddUploadQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<UploadType, EdgeType<UploadType>>>>("uploads")
            .Classified(DataClassification.Restricted, "The uploads of a dataset, newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                var pageSize = context.PageSize();
                var after = context.GetArgument<string?>("after");
                var fetched = await context.GetService<IUploadStore>()
                    .ListAsync(dataset.TenantId, dataset.Id, pageSize + 1, after, context.CancellationToken);
                return Paging.ToConnection(fetched, pageSize, upload => upload.Id, hasPrevious: after is not null);
            });
    }
}
