using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.Tokens;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.ReadTokens;

public static class ReadTokenQueries
{
    public static void AddReadTokenQueries(this ObjectGraphType query)
    {
        query.TokenList<ReadTokenType>("readTokens", "The tenant's read tokens (with datasetId, only that dataset's)")
            .Argument<IdGraphType>("datasetId")
            .ResolveAsync(async context =>
            {
                var datasetId = context.GetArgument<string?>("datasetId");
                var dataset = datasetId is null ? null : await context.RequireDatasetAsync(datasetId);
                return await context.GetService<IReadTokenStore>().ListAsync(context.GetCaller().TenantId, dataset?.Id, context.CancellationToken);
            });
    }
}
