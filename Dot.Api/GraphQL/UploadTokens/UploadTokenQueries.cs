using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public static class UploadTokenQueries
{
    public static void AddUploadTokenQueries(this ObjectGraphType query)
    {
        query.TokenList<UploadTokenType>("uploadTokens", "The upload tokens of a dataset")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                return await context.GetService<IUploadTokenStore>().ListAsync(dataset.TenantId, dataset.Id, context.CancellationToken);
            });
    }
}
