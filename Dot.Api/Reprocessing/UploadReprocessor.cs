using Dot.Domain.Datasets;
using Dot.Domain.Jobs;
using Dot.Domain.Tenancy;
using Dot.Domain.Uploads;

namespace Dot.Api.Reprocessing;

/// <summary>
/// Puts finished uploads back in the queue, so the ingest workers (of any running instance) rebuild their analytics
/// documents from the raw store: every tenant's, one tenant's, or one dataset's. Processing an upload replaces its
/// documents, so nothing is counted twice. Each upload is set QUEUED first and its job queued after; an upload found
/// QUEUED is queued again too (a job already there stays one), so a run stopped between the two steps is finished by
/// running it again.
/// </summary>
public sealed class UploadReprocessor(ITenantStore tenants, IDatasetStore datasets, IUploadStore uploads, IUploadJobs jobs)
{
    private const int PageSize = 100;

    public async Task<ReprocessCounts> RunAsync(ReprocessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counts = new ReprocessCounts();
        foreach (var (tenantId, datasetIds) in await TargetsAsync(scope, cancellationToken))
        {
            counts.Tenants++;
            foreach (var datasetId in datasetIds)
            {
                counts.Datasets++;
                await RequeueDatasetAsync(tenantId, datasetId, counts, cancellationToken);
            }
        }
        return counts;
    }

    private async Task RequeueDatasetAsync(string tenantId, string datasetId, ReprocessCounts counts, CancellationToken cancellationToken)
    {
        string? after = null;
        IReadOnlyList<Upload> page;
        do
        {
            page = await uploads.ListAsync(tenantId, datasetId, PageSize, after, cancellationToken);
            foreach (var upload in page)
            {
                var queue = upload.IsFinished ? await uploads.RequeueAsync(tenantId, upload.Id, cancellationToken) : upload.Status == UploadStatus.Queued;
                if (queue)
                {
                    await jobs.EnqueueAsync(new UploadJob(tenantId, upload.Id), cancellationToken);
                    counts.Requeued++;
                }
                else
                {
                    counts.InProgress++;
                }
            }
            after = page.Count > 0 ? page[^1].Id : null;
        }
        while (page.Count == PageSize);
    }

    /// <summary>The tenants and datasets the scope names; a tenant or dataset that does not exist is an error, before anything is queued.</summary>
    private async Task<List<(string TenantId, IReadOnlyList<string> DatasetIds)>> TargetsAsync(ReprocessScope scope, CancellationToken cancellationToken)
    {
        var tenantIds = await tenants.ListTenantIdsAsync(cancellationToken);
        if (scope.TenantId is { } tenantId && !tenantIds.Contains(tenantId, StringComparer.Ordinal))
        {
            throw new ReprocessScopeException($"There is no tenant '{tenantId}'.");
        }
        var targets = new List<(string, IReadOnlyList<string>)>();
        foreach (var tenant in scope.TenantId is { } only ? [only] : tenantIds)
        {
            if (scope.DatasetId is { } datasetId)
            {
                _ = await datasets.FindAsync(tenant, datasetId, cancellationToken)
                    ?? throw new ReprocessScopeException($"Tenant '{tenant}' has no dataset '{datasetId}'.");
                targets.Add((tenant, [datasetId]));
                continue;
            }
            targets.Add((tenant, (await datasets.ListAsync(tenant, cancellationToken)).Select(d => d.Id).ToList()));
        }
        return targets;
    }
}
