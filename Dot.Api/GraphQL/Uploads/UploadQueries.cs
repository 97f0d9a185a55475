using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Classification;
using Dot.Domain.Uploads;
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
            .ResolveAsync(async context => await context.DatasetPageAsync(
                (dataset, limit, after) => context.GetService<IUploadStore>().ListAsync(dataset.TenantId, dataset.Id, limit, after, context.CancellationToken),
                upload => upload.Id));
    }
}
