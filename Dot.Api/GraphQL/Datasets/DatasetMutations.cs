using Dot.Api.Auth;
using Dot.Api.Retention;
using Dot.Domain.Datasets;
using Dot.Domain.Identifiers;
using Dot.Domain.Naming;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Datasets;

public static class DatasetMutations
{
    public static void AddDatasetMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateDatasetPayloadType>>("createDataset")
            .Description("Creates a dataset in the caller's tenant. Owners only.")
            .Argument<NonNullGraphType<CreateDatasetInputType>>("input")
            .AuthorizeWithPolicy(DotPolicies.TenantOwner)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateDatasetInput>("input");
                if (NameRule.Validate("dataset", input.Name, out var name) is { } problem)
                {
                    throw ResolveContextExtensions.InvalidInput(problem);
                }
                var caller = context.GetCaller();
                var now = context.GetService<TimeProvider>().GetUtcNow();
                var dataset = new Dataset(OpaqueId.New(Dataset.IdPrefix), caller.TenantId, name, now);
                if (!await context.GetService<IDatasetStore>().TryCreateAsync(dataset, context.CancellationToken))
                {
                    throw new ExecutionError($"A dataset named '{name}' already exists.") { Code = ErrorCodes.Conflict };
                }
                return new DatasetPayload(dataset);
            });

        mutation.OwnerMutation<UpdateDatasetPayloadType, UpdateDatasetInputType>(
                "updateDataset", "Changes how long a dataset's data is kept; the retention sweep deletes older data within the hour. Owners only.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<UpdateDatasetInput>("input");
                if (input.RetentionDays is < RetentionOptions.MinDays or > RetentionOptions.MaxDays)
                {
                    throw ResolveContextExtensions.InvalidInput($"'retentionDays' must be from {RetentionOptions.MinDays} to {RetentionOptions.MaxDays}.");
                }
                var dataset = await context.RequireDatasetAsync(input.Id);
                var updated = await context.GetService<IDatasetStore>().SetRetentionAsync(dataset.TenantId, dataset.Id, input.RetentionDays, context.CancellationToken);
                return new DatasetPayload(updated ?? throw new ExecutionError($"No dataset with id '{input.Id}'.") { Code = ErrorCodes.NotFound });
            });
    }
}
