using Dot.Api.Auth;
using Dot.Api.GraphQL.Datasets;
using Dot.Api.UploadTokens;
using Dot.Domain.Naming;
using Dot.Domain.Tokens;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.UploadTokens;

public static class UploadTokenMutations
{
    public static void AddUploadTokenMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateUploadTokenPayloadType>>("createUploadToken")
            .Description("Creates an upload token for one dataset and returns its secret once. Owners only.")
            .Argument<NonNullGraphType<CreateUploadTokenInputType>>("input")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateUploadTokenInput>("input");
                if (NameRule.Validate("token", input.Name, out var name) is { } problem)
                {
                    throw ResolveContextExtensions.InvalidInput(problem);
                }
                var dataset = await context.RequireDatasetAsync(input.DatasetId);
                DateTimeOffset? expiresAt = input.ExpiresAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
                try
                {
                    var (secret, token) = await context.GetService<UploadTokenService>()
                        .CreateAsync(dataset.TenantId, dataset.Id, name, expiresAt, context.CancellationToken);
                    return new CreateUploadTokenPayload(secret, token);
                }
                catch (ArgumentException exception)
                {
                    throw ResolveContextExtensions.InvalidInput(exception.Message.Split(" (Parameter", 2)[0]);
                }
            });

        mutation.Field<NonNullGraphType<RevokeUploadTokenPayloadType>>("revokeUploadToken")
            .Description("Revokes an upload token at once; revoking it again changes nothing. Owners only.")
            .Argument<NonNullGraphType<RevokeUploadTokenInputType>>("input")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RevokeUploadTokenInput>("input");
                var now = context.GetService<TimeProvider>().GetUtcNow();
                var token = await context.GetService<IUploadTokenStore>().RevokeAsync(context.GetCaller().TenantId, input.Id, now, context.CancellationToken);
                return token is null
                    ? throw new ExecutionError($"No upload token with id '{input.Id}'.") { Code = ErrorCodes.NotFound }
                    : new RevokeUploadTokenPayload(token);
            });
    }
}
