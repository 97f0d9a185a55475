using Dot.Domain.Analytics;
using Dot.Domain.Health;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Reading;
using Dot.Storage.Aws.OpenSearch.Writing;

namespace Dot.Storage.Aws.OpenSearch;

/// <summary>
/// The analytics store on OpenSearch: the writer and the reader over one <see cref="TenantIndex"/>, the probe, and
/// the start-up that applies the index templates. Owns the <see cref="HttpClient"/> it talks through (signed for AWS
/// by <see cref="Signing.SigV4SigningHandler"/> when a service is configured).
/// </summary>
public sealed class OpenSearchAnalyticsStore : IAnalyticsWriter, IAnalyticsReader, IStoreProbe, IDisposable
{
    private readonly HttpClient _http;
    private readonly OpenSearchClient _client;
    private readonly TenantIndexes _indexes;
    private readonly OpenSearchAnalyticsWriter _writer;
    private readonly OpenSearchAnalyticsReader _reader;

    public OpenSearchAnalyticsStore(HttpClient http, OpenSearchClientOptions options, TenantIndexes indexes)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(indexes);
        (_http, _indexes) = (http, indexes);
        _client = new OpenSearchClient(http, options);
        var index = new TenantIndex(_client, indexes);
        _writer = new OpenSearchAnalyticsWriter(index);
        _reader = new OpenSearchAnalyticsReader(index);
    }

    public string Name => "analytics";

    /// <summary>Applies the index templates and creates the indexes that are missing.</summary>
    public Task EnsureIndexesAsync(CancellationToken cancellationToken) => IndexSetup.ApplyAsync(_client, _indexes, cancellationToken);

    public Task ProbeAsync(CancellationToken cancellationToken) => _client.ProbeAsync(_indexes.Pooled(DocumentKind.Results), cancellationToken);

    public Task<TResult> QueryAsync<TResult>(IAnalyticsQuery<TResult> query, CancellationToken cancellationToken) =>
        _reader.QueryAsync(query, cancellationToken);

    public Task<long> ReplaceUploadResultsAsync(string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken) =>
        _writer.ReplaceUploadResultsAsync(tenantId, uploadId, results, cancellationToken);

    public Task<long> ReplaceUploadWorkItemsAsync(string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        _writer.ReplaceUploadWorkItemsAsync(tenantId, uploadId, items, cancellationToken);

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken) =>
        _writer.UpsertReviewsAsync(tenantId, reviews, cancellationToken);

    public Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken) =>
        _writer.RemoveWorkItemsExceptAsync(tenantId, datasetId, keep, cancellationToken);

    public Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken) =>
        _writer.DeleteUploadAsync(tenantId, uploadId, cancellationToken);

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        _writer.DeleteReviewsBeforeAsync(tenantId, datasetId, before, limit, cancellationToken);

    public void Dispose() => _http.Dispose();
}
