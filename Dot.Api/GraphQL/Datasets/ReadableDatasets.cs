using Dot.Domain.Analytics;
using Dot.Domain.Datasets;
using Dot.Domain.Tenancy;
using GraphQL;

namespace Dot.Api.GraphQL.Datasets;

/// <summary>
/// The one place that decides which datasets a caller may read for a query over one or many datasets: the dataset an
/// argument names (another tenant's id reads as unknown, see <see cref="DatasetAccess"/>), or without one every
/// dataset of the caller's tenant. A restriction carried by the caller's credentials belongs in
/// <see cref="MayRead"/>, so every such query honours it.
/// </summary>
public static class ReadableDatasets
{
    public static async Task<AnalyticsScope> ReadableScopeAsync(this IResolveFieldContext context, string? datasetId)
    {
        var caller = context.GetCaller();
        IReadOnlyList<Dataset> datasets = datasetId is null
            ? await context.GetService<IDatasetStore>().ListAsync(caller.TenantId, context.CancellationToken)
            : [await context.RequireDatasetAsync(datasetId)];
        return new AnalyticsScope(caller.TenantId, datasets.Where(dataset => MayRead(caller, dataset)).Select(dataset => dataset.Id).ToList());
    }

    /// <summary>Every dataset of the caller's own tenant, today.</summary>
    private static bool MayRead(Caller caller, Dataset dataset) =>
        string.Equals(dataset.TenantId, caller.TenantId, StringComparison.Ordinal);
}
