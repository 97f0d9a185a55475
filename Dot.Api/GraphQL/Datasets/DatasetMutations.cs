using Dot.Api.Auth;
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
                return new CreateDatasetPayload(dataset);
            });
    }
}
