using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>
/// The analytics writer on OpenSearch. An upload's documents are spooled first (nothing is sent unless all of them
/// are read and belong to it), then indexed under ids made of tenant, upload and position, so a retried upload
/// overwrites its own documents; what an earlier, longer attempt left past the new end is deleted, and supersession
/// follows. No step is a transaction: docs/decisions/0014 says what a reader may see meanwhile.
/// </summary>
public sealed class OpenSearchAnalyticsWriter(TenantIndex index) : IAnalyticsWriter
{
    public async Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken)
    {
        var runs = new Dictionary<(string Dataset, string Run), HashSet<string>>();
        using var spool = UploadDocuments.Spool(tenantId, uploadId, results, result => (result.TenantId, result.UploadId), (result, ordinal) =>
        {
            var source = ResultSource.Of(result, ordinal);
            if (result.RunKey is { } run)
            {
                (runs.TryGetValue((source.Dataset, run), out var keys) ? keys : runs[(source.Dataset, run)] = []).Add(source.TestKey);
            }
            return source;
        }, cancellationToken);

        await ReplaceAsync(DocumentKind.Results, tenantId, uploadId, spool, cancellationToken);
        foreach (var ((dataset, run), keys) in runs)
        {
            await RunSupersession.ApplyAsync(index, tenantId, uploadId, dataset, run, keys, cancellationToken);
        }
        return spool.Count;
    }

    public async Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken)
    {
        var keysByDataset = new Dictionary<string, HashSet<string>>();
        using var spool = UploadDocuments.Spool(tenantId, uploadId, items, item => (item.TenantId, item.UploadId), (item, ordinal) =>
        {
            (keysByDataset.TryGetValue(item.DatasetId, out var keys) ? keys : keysByDataset[item.DatasetId] = []).Add(item.Item.Key);
            return WorkItemSource.Of(item, ordinal);
        }, cancellationToken);

        await ReplaceAsync(DocumentKind.WorkItems, tenantId, uploadId, spool, cancellationToken);
        foreach (var (dataset, keys) in keysByDataset)
        {
            foreach (var chunk in KeyChunks.Of(keys))
            {
                await index.UpdateAsync(DocumentKind.WorkItems, tenantId, Query.All([
                    Query.TermOf("dataset", dataset), Query.TermsOf("key", chunk), Query.Not(Query.TermOf("upload", uploadId)),
                    Query.TermOf("superseded", false)]), FlagScripts.Superseded, cancellationToken);
            }
        }
        return spool.Count;
    }

    public async Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(reviews);
        var latest = new Dictionary<string, ReviewSource>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(review, nameof(reviews));
            if (!string.Equals(review.TenantId, tenantId, StringComparison.Ordinal))
            {
                throw new ArgumentException("A review belongs to another tenant than the one being written.", nameof(reviews));
            }
            var source = ReviewSource.Of(review);
            latest[source.Id] = source;
        }
        await index.IndexAsync(DocumentKind.Reviews, tenantId, latest.Select(entry => (entry.Key, entry.Value)), cancellationToken);
        return latest.Count;
    }

    public async Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        ArgumentNullException.ThrowIfNull(keep);
        var stored = await Composite.AllAsync(index, DocumentKind.WorkItems, AnalyticsScope.Of(tenantId, datasetId), Query.All([]),
            [("key", "key")], null, cancellationToken);
        var gone = stored.Select(bucket => bucket.KeyOf("key")!).Where(key => !keep.Contains(key)).ToList();
        foreach (var chunk in KeyChunks.Of(gone))
        {
            await index.DeleteAsync(DocumentKind.WorkItems, tenantId, Query.All([Query.TermOf("dataset", datasetId), Query.TermsOf("key", chunk)]), cancellationToken);
        }
        return gone.Count;
    }

    public async Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        var ofUpload = Query.TermOf("upload", uploadId);
        return await index.DeleteAsync(DocumentKind.Results, tenantId, ofUpload, cancellationToken)
            + await index.DeleteAsync(DocumentKind.WorkItems, tenantId, ofUpload, cancellationToken);
    }

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return index.DeleteAsync(DocumentKind.Reviews, tenantId, Query.All([
            Query.TermOf("dataset", datasetId), Query.RangeOf("reviewed_at", new RangeBounds { Lt = OpenSearchJson.Date(before) })]),
            cancellationToken, maxDocs: limit);
    }

    /// <summary>Indexes the spooled documents over the upload's earlier ones, then deletes what an earlier attempt had past their end.</summary>
    private async Task ReplaceAsync<TSource>(
        DocumentKind kind, string tenantId, string uploadId, DocumentSpool<TSource> spool, CancellationToken cancellationToken)
        where TSource : UploadSource
    {
        await index.IndexAsync(kind, tenantId, spool.Read().Select(source => (DocumentIds.Of(tenantId, uploadId, source.Ordinal), source)), cancellationToken);
        await index.DeleteAsync(kind, tenantId, Query.All([
            Query.TermOf("upload", uploadId), Query.RangeOf("ordinal", new RangeBounds { Gte = spool.Count })]), cancellationToken);
    }
}
