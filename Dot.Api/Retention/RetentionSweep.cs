using Dot.Domain.Analytics;
using Dot.Domain.Datasets;
using Dot.Domain.Tenancy;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Api.Retention;

/// <summary>
/// One pass of retention over every tenant's datasets: what was received (uploads, with their results, work items
/// and raw files) or written (reviews) before the dataset's retention is deleted, a chunk at a time. An upload goes
/// analytics first, raw files next and its record last, so a pass stopped anywhere (a crash, a stop) leaves the
/// record and the next pass finishes the job; every step deletes what is there and minds nothing that is gone.
/// </summary>
public sealed class RetentionSweep(
    ITenantStore tenants,
    IDatasetStore datasets,
    IUploadStore uploads,
    IRawStore raw,
    IAnalyticsWriter analytics,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionSweep> logger)
{
    /// <summary>Sweeps every dataset; returns how many uploads and reviews it deleted.</summary>
    public async Task<(long Uploads, long Reviews)> RunAsync(CancellationToken cancellationToken)
    {
        long deletedUploads = 0, deletedReviews = 0;
        foreach (var tenantId in await tenants.ListTenantIdsAsync(cancellationToken))
        {
            foreach (var dataset in await datasets.ListAsync(tenantId, cancellationToken))
            {
                var before = clock.GetUtcNow().AddDays(-options.Value.DaysFor(dataset));
                var (swept, reviews) = (await SweepUploadsAsync(dataset, before, cancellationToken), await SweepReviewsAsync(dataset, before, cancellationToken));
                if (swept + reviews > 0)
                {
                    RetentionLog.Swept(logger, tenantId, dataset.Id, swept, reviews);
                }
                deletedUploads += swept;
                deletedReviews += reviews;
            }
        }
        return (deletedUploads, deletedReviews);
    }

    private async Task<long> SweepUploadsAsync(Dataset dataset, DateTimeOffset before, CancellationToken cancellationToken)
    {
        long deleted = 0;
        while (true)
        {
            var chunk = await uploads.ListFinishedBeforeAsync(dataset.TenantId, dataset.Id, before, options.Value.ChunkSize, cancellationToken);
            foreach (var upload in chunk)
            {
                await analytics.DeleteUploadAsync(upload.TenantId, upload.Id, cancellationToken);
                await raw.DeleteUploadAsync(upload.TenantId, upload.DatasetId, upload.Id, cancellationToken);
                await uploads.DeleteAsync(upload.TenantId, upload.Id, cancellationToken);
            }
            deleted += chunk.Count;
            if (chunk.Count < options.Value.ChunkSize)
            {
                return deleted;
            }
        }
    }

    private async Task<long> SweepReviewsAsync(Dataset dataset, DateTimeOffset before, CancellationToken cancellationToken)
    {
        long deleted = 0;
        long chunk;
        do
        {
            chunk = await analytics.DeleteReviewsBeforeAsync(dataset.TenantId, dataset.Id, before, options.Value.ChunkSize, cancellationToken);
            deleted += chunk;
        }
        while (chunk == options.Value.ChunkSize);
        return deleted;
    }
}
