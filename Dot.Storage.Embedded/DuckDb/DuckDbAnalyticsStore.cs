using Dot.Domain.Analytics;
using Dot.Domain.Health;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The embedded analytics store on DuckDB (<c>analytics.duckdb</c> in the data folder). Reads run in parallel,
/// each on its own connection, and see the last committed state. Writes run one at a time: two transactions
/// replacing the same upload conflict in DuckDB ("Conflict on tuple deletion"), so writers queue instead of racing;
/// on 2 cores that also leaves a core to the queries while an upload is written. The uploads' results that queue
/// meanwhile are written together, in one transaction, each staged first so that it fails alone
/// (<see cref="DuckDbGroupedReplacement"/>, decision 0017). Parsing is not held in that queue: each upload's
/// documents are read ahead on a thread of their own (<see cref="DocumentReadAhead{T}"/>). A write marks the days whose
/// rollups it changed stale, and <see cref="DuckDbRollupRefresher"/> computes them again soon after, under the same
/// writer (decision 0018). Each query type has its handler (<see cref="DuckDbQueryHandlers"/>), run in one snapshot.
/// </summary>
public sealed class DuckDbAnalyticsStore : IAnalyticsWriter, IAnalyticsReader, IStoreProbe, IDisposable, IAsyncDisposable
{
    private readonly DuckDbDatabase _database;
    // Not disposed: it holds no handle, and a write still running at shutdown must be able to release it.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly List<DuckDbQueuedUpload> _queued = [];
    private readonly SemaphoreSlim _readers;
    private readonly bool _rollups;
    private readonly DuckDbRollupRefresher _refresher;

    public DuckDbAnalyticsStore(IOptions<EmbeddedStorageOptions> options, ILogger<DuckDbAnalyticsStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new DuckDbDatabase(options.Value);
        _readers = new SemaphoreSlim(options.Value.AnalyticsReadConcurrency);
        _rollups = options.Value.AnalyticsRollups;
        _refresher = new DuckDbRollupRefresher(
            _database, _writer, TimeSpan.FromMilliseconds(options.Value.AnalyticsRollupDelayMilliseconds), logger ?? NullLogger<DuckDbAnalyticsStore>.Instance);
    }

    /// <summary>
    /// Queues the upload for the writer; whoever holds the writer next writes every upload queued by then together
    /// (<see cref="DuckDbGroupedReplacement"/>), so a deep queue shares transactions while each upload still fails alone.
    /// </summary>
    public async Task<long> ReplaceUploadResultsAsync(
        string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        ArgumentNullException.ThrowIfNull(results);

        using var readAhead = new DocumentReadAhead<TestResultDocument>(results, cancellationToken);
        var upload = new DuckDbQueuedUpload(tenantId, uploadId, readAhead.Documents(), cancellationToken);
        lock (_queued)
        {
            _queued.Add(upload);
        }
        // Not cancelled while waiting: the upload is queued, and the writer that takes it sees the cancellation.
        await _writer.WaitAsync(CancellationToken.None);
        try
        {
            if (!upload.Written.IsCompleted)
            {
                WriteQueued();
                _refresher.Wake();
            }
        }
        finally
        {
            _writer.Release();
        }
        return await upload.Written;
    }

    /// <summary>Writes every queued upload as one group; holds the writer.</summary>
    private void WriteQueued()
    {
        List<DuckDbQueuedUpload> group;
        lock (_queued)
        {
            group = [.. _queued];
            _queued.Clear();
        }
        try
        {
            using var connection = _database.Open();
            DuckDbGroupedReplacement.Write(connection, group);
        }
        catch (Exception exception)
        {
            group.ForEach(upload => upload.Fail(exception));
        }
    }

    public Task<long> ReplaceUploadWorkItemsAsync(
        string tenantId, string uploadId, IEnumerable<WorkItemDocument> items, CancellationToken cancellationToken) =>
        WriteAsync(
            tenantId, uploadId, items,
            (connection, documents) => DuckDbWorkItemReplacement.Replace(connection, tenantId, uploadId, documents, cancellationToken),
            cancellationToken);

    public Task<long> UpsertReviewsAsync(string tenantId, IEnumerable<ReviewDocument> reviews, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(reviews);
        var batch = DuckDbReviewUpsert.LatestOfEach(tenantId, reviews, cancellationToken);
        return WriteAsync(connection => DuckDbReviewUpsert.Apply(connection, batch), cancellationToken);
    }

    public Task<long> RemoveWorkItemsExceptAsync(string tenantId, string datasetId, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(datasetId);
        ArgumentNullException.ThrowIfNull(keep);
        return WriteAsync(connection => DuckDbWorkItemRemoval.RemoveExcept(connection, tenantId, datasetId, keep, cancellationToken), cancellationToken);
    }

    public async Task<long> DeleteUploadAsync(string tenantId, string uploadId, CancellationToken cancellationToken)
    {
        var deleted = await WriteAsync(connection =>
            DuckDbResultReplacement.DeleteStored(connection, tenantId, uploadId) + DuckDbWorkItemReplacement.DeleteStored(connection, tenantId, uploadId),
            cancellationToken);
        _refresher.Wake();
        return deleted;
    }

    /// <summary>
    /// Computes the rollups of every day a write left stale now, instead of soon (decision 0018): answers are the same
    /// either way; for when the rollup rows themselves are to be read.
    /// </summary>
    public Task RefreshRollupsAsync(CancellationToken cancellationToken) => _refresher.RefreshAsync(cancellationToken);

    /// <summary>How many days of all tenants' datasets have rollups not computed again yet: how far behind the recompute is.</summary>
    public async Task<long> CountStaleDaysAsync(CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        return await DuckDbStaleDays.CountAsync(connection, cancellationToken);
    }

    public Task<long> DeleteReviewsBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        WriteAsync(connection => DuckDbReviewRetention.DeleteBefore(connection, tenantId, datasetId, before.UtcDateTime, limit), cancellationToken);

    /// <summary>Runs <paramref name="write"/> in one transaction, one writer at a time.</summary>
    private async Task<long> WriteAsync(Func<DuckDBConnection, long> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();
            return connection.InTransaction(() => write(connection));
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Replaces an upload's rows with <paramref name="replace"/>, in one transaction, one writer at a time. The
    /// documents are read ahead from the moment the call starts, so they are parsed while another upload is written.
    /// </summary>
    private async Task<long> WriteAsync<T>(
        string tenantId, string uploadId, IEnumerable<T> documents, Func<DuckDBConnection, IEnumerable<T>, long> replace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        ArgumentNullException.ThrowIfNull(documents);

        using var readAhead = new DocumentReadAhead<T>(documents, cancellationToken);
        return await WriteAsync(connection => replace(connection, readAhead.Documents()), cancellationToken);
    }

    /// <summary>
    /// Answers with the query type's handler, on a connection of its own, at most
    /// <see cref="EmbeddedStorageOptions.AnalyticsReadConcurrency"/> at once; the query carries the scope it is filtered on.
    /// </summary>
    public async Task<TResult> QueryAsync<TResult>(IAnalyticsQuery<TResult> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var read = DuckDbQueryHandlers.For(query, _rollups);
        await _readers.WaitAsync(cancellationToken);
        try
        {
            using var connection = _database.Open();
            return await connection.InSnapshotAsync(() => read(connection, query, cancellationToken));
        }
        finally
        {
            _readers.Release();
        }
    }

    public string Name => "analytics";

    /// <summary>Outside the readers' limit: a probe must answer while dashboards keep every reader busy.</summary>
    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        _database.Probe();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _refresher.Dispose();
        _database.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
