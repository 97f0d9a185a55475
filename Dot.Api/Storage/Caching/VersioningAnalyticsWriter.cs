using System.Collections.Concurrent;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Writes through <paramref name="inner"/> and moves the data versions of the datasets written on once each write
/// has returned (committed, or failed), so <see cref="CachingAnalyticsReader"/> computes their next answers anew and
/// keeps those of the tenant's other datasets. The datasets of streamed documents are noted as they are read; a write
/// that names none (an upload deleted by id, or a stream that failed before its first document) moves the whole tenant on.
/// </summary>
public sealed class VersioningAnalyticsWriter(IAnalyticsWriter inner, IDataVersions versions) : IAnalyticsWriter
{
    public Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken) =>
        StreamAsync(tenantId, results, r => r.DatasetId, noted => inner.ReplaceUploadResultsAsync(tenantId, uploadId, noted, cancellationToken));

    public Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        StreamAsync(tenantId, items, i => i.DatasetId, noted => inner.ReplaceUploadWorkItemsAsync(tenantId, uploadId, noted, cancellationToken));

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken) =>
        StreamAsync(tenantId, reviews, r => r.DatasetId, noted => inner.UpsertReviewsAsync(tenantId, noted, cancellationToken));

    public Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.RemoveWorkItemsExceptAsync(tenantId, datasetId, keep, cancellationToken), () => [datasetId]);

    public Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.DeleteUploadAsync(tenantId, uploadId, cancellationToken), () => []);

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        WriteAsync(tenantId, () => inner.DeleteReviewsBeforeAsync(tenantId, datasetId, before, limit, cancellationToken), () => [datasetId]);

    /// <summary>A write of streamed documents: the datasets are those the documents name, noted as the store reads them (on any thread).</summary>
    private Task<long> StreamAsync<T>(string tenantId, IEnumerable<T> documents, Func<T, string> datasetOf, Func<IEnumerable<T>, Task<long>> write)
    {
        var datasets = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var noted = documents.Select(document =>
        {
            datasets.TryAdd(datasetOf(document), 0);
            return document;
        });
        return WriteAsync(tenantId, () => write(noted), () => datasets.Keys.ToList());
    }

    private async Task<long> WriteAsync(string tenantId, Func<Task<long>> write, Func<IReadOnlyCollection<string>> written)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            // The write is done, whether or not its caller still waits: the version moves on regardless.
            await versions.AdvanceAsync(tenantId, written(), CancellationToken.None).ConfigureAwait(false);
        }
    }
}
