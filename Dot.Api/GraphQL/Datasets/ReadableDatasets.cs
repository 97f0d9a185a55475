using Dot.Domain.Analytics;
using Dot.Domain.Datasets;
using GraphQL;

namespace Dot.Api.GraphQL.Datasets;

/// <summary>
/// The scope of a query over one dataset or many: the dataset an argument names, or without one every dataset the
/// caller may read. Which datasets those are is <see cref="DatasetAccess"/>'s to say (a dataset read token reads only
/// its own; another tenant's id reads as unknown), so every analytics query honours the same restriction.
/// </summary>
public static class ReadableDatasets
{
    public static async Task<AnalyticsScope> ReadableScopeAsync(this IResolveFieldContext context, string? datasetId)
    {
        IReadOnlyList<Dataset> datasets = datasetId is null
            ? await context.ListReadableDatasetsAsync()
            : [await context.RequireDatasetAsync(datasetId)];
        return new AnalyticsScope(context.GetCaller().TenantId, datasets.Select(dataset => dataset.Id).ToList());
    }
}
