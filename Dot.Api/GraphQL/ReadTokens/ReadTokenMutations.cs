using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.Tokens;
using Dot.Api.ReadTokens;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.ReadTokens;

public static class ReadTokenMutations
{
    public static void AddReadTokenMutations(this ObjectGraphType mutation)
    {
        mutation.OwnerMutation<CreateReadTokenPayloadType, CreateReadTokenInputType>(
                "createReadToken", "Creates a read token for one dataset or the whole tenant and returns its secret once. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateReadTokenInput>("input");
                var name = TokenMutationSupport.ValidTokenName(input.Name);
                var dataset = input.DatasetId is null ? null : await context.RequireDatasetAsync(input.DatasetId);
                return await TokenMutationSupport.IssueAsync(input.ExpiresAt, expiresAt => context.GetService<ReadTokenService>()
                    .CreateAsync(context.GetCaller().TenantId, dataset?.Id, name, input.Scope, expiresAt, context.CancellationToken));
            });

        mutation.OwnerMutation<RevokeReadTokenPayloadType, RevokeReadTokenInputType>(
                "revokeReadToken", "Revokes a read token at once; revoking it again changes nothing. Owners only.")
            .ResolveAsync(async context => await context.RevokeTokenAsync(context.GetService<IReadTokenStore>(), TokenKind.Read));
    }
}
