using Dot.Domain.Datasets;
using GraphQL;

namespace Dot.Api.GraphQL.Datasets;

/// <summary>Resolves a dataset id argument inside the caller's tenant; another tenant's id reads as unknown.</summary>
public static class DatasetAccess
{
    public static async Task<Dataset> RequireDatasetAsync(this IResolveFieldContext context, string datasetId)
    {
        var dataset = await context.GetService<IDatasetStore>().FindAsync(context.GetCaller().TenantId, datasetId, context.CancellationToken);
        return dataset ?? throw new ExecutionError($"No dataset with id '{datasetId}'.") { Code = ErrorCodes.NotFound };
    }
}
