using Dot.Api.Auth;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public static class UploadTokenQueries
{
    public static void AddUploadTokenQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UploadTokenType>>>>("uploadTokens")
            .Description("The upload tokens of a dataset, newest first, revoked and expired ones included. Owners only.")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner)
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                return await context.GetService<IUploadTokenStore>().ListAsync(dataset.TenantId, dataset.Id, context.CancellationToken);
            });
    }
}
