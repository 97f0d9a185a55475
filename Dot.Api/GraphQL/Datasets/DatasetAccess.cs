using Dot.Domain.Datasets;
using GraphQL;

namespace Dot.Api.GraphQL.Datasets;

/// <summary>
/// The datasets a caller may read: those of its tenant, or the one dataset its read token is for. Another tenant's
/// dataset, or a dataset outside the token's, reads as unknown.
/// </summary>
public static class DatasetAccess
{
    public static async Task<Dataset> RequireDatasetAsync(this IResolveFieldContext context, string datasetId)
    {
        var caller = context.GetCaller();
        var dataset = caller.MayRead(datasetId)
            ? await context.GetService<IDatasetStore>().FindAsync(caller.TenantId, datasetId, context.CancellationToken)
            : null;
        return dataset ?? throw new ExecutionError($"No dataset with id '{datasetId}'.") { Code = ErrorCodes.NotFound };
    }

    public static async Task<IReadOnlyList<Dataset>> ListReadableDatasetsAsync(this IResolveFieldContext context)
    {
        var caller = context.GetCaller();
        var datasets = await context.GetService<IDatasetStore>().ListAsync(caller.TenantId, context.CancellationToken);
        return caller.RestrictedToDataset is null ? datasets : datasets.Where(d => caller.MayRead(d.Id)).ToList();
    }
}
