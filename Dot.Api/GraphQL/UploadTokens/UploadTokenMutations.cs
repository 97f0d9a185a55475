using Dot.Api.GraphQL.Datasets;
using Dot.Api.GraphQL.Tokens;
using Dot.Api.UploadTokens;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public static class UploadTokenMutations
{
    public static void AddUploadTokenMutations(this ObjectGraphType mutation)
    {
        mutation.OwnerMutation<CreateUploadTokenPayloadType, CreateUploadTokenInputType>(
                "createUploadToken", "Creates an upload token for one dataset and returns its secret once. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateUploadTokenInput>("input");
                var name = TokenMutationSupport.ValidTokenName(input.Name);
                var dataset = await context.RequireDatasetAsync(input.DatasetId);
                return await TokenMutationSupport.IssueAsync(input.ExpiresAt, expiresAt => context.GetService<UploadTokenService>()
                    .CreateAsync(dataset.TenantId, dataset.Id, name, expiresAt, context.CancellationToken));
            });

        mutation.OwnerMutation<RevokeUploadTokenPayloadType, RevokeUploadTokenInputType>(
                "revokeUploadToken", "Revokes an upload token at once; revoking it again changes nothing. Owners only.")
            .ResolveAsync(async context => await context.RevokeTokenAsync(context.GetService<IUploadTokenStore>(), TokenKind.Upload));
    }
}
