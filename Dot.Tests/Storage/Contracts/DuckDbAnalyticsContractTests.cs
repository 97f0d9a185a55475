using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The analytics store contract against the embedded DuckDB adapter, plus what only a file store has.</summary>
public sealed class DuckDbAnalyticsContractTests(TempFolder folder) : AnalyticsContract, IClassFixture<TempFolder>
{
    private string DatabaseFile => Path.Combine(folder.Path, "analytics.duckdb");

    protected override AnalyticsPorts Open() => AnalyticsPorts.Of(StoreIn(folder.Path));

    [Fact]
    public async Task FirstUseCreatesTheDatabaseFileInTheDataFolder()
    {
        await SummaryAsync(UploadScope.New());

        Assert.True(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task DisposeClosesTheDatabaseCheckpointingItsLog()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 10));
        Assert.True(File.Exists(DatabaseFile + ".wal"));

        CloseStore();

        // DuckDB folds the write-ahead log into the file and deletes it when the last connection closes.
        Assert.False(File.Exists(DatabaseFile + ".wal"));
    }

    [Fact]
    public async Task RowsHoldTheTenantFirstTheStatusCodeAndTheTimeInUtc()
    {
        var upload = UploadScope.New();
        var berlinNoon = new DateTimeOffset(2025, 6, 2, 12, 0, 0, TimeSpan.FromHours(2));
        await ReplaceAsync(upload, [upload.Result(TestStatus.Failed, berlinNoon)]);

        // Another connection to the same in-process database, as a query tool would see the rows.
        using var connection = new DuckDBConnection($"Data Source={DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM test_results WHERE tenant_id = $tenant";
        command.Parameters.Add(new DuckDBParameter("tenant", upload.TenantId));
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal("tenant_id", reader.GetName(0));
        Assert.Equal((byte)1, reader.GetByte(reader.GetOrdinal("status")));
        Assert.Equal(new DateTime(2025, 6, 2, 10, 0, 0), reader.GetDateTime(reader.GetOrdinal("ts")));
    }

    [Fact]
    public async Task AFileFromBeforePositionsAndFingerprints_IsUpgradedWhenOpened()
    {
        var upload = UploadScope.New();
        var path = VersionOneFile(upload, """
            ($tenant, $dataset, $upload, NULL, NULL, 's', 'c', 'a', 1, 1, 'Timeout after 12 ms', NULL, '2025-06-02 12:00', false, '2025-06-02 12:00', false),
            ($tenant, $dataset, $upload, NULL, NULL, 's', 'c', 'b', 2, 1, 'Timeout after 345 ms', NULL, '2025-06-02 12:00', false, '2025-06-02 12:00', false),
            ($tenant, $dataset, $upload, NULL, NULL, 's', 'c', 'c', 0, 1, NULL, NULL, '2025-06-02 12:00', false, '2025-06-02 12:00', false)
            """);
        var later = upload.NextUpload();

        await using var store = StoreIn(path);
        await store.ReplaceUploadResultsAsync(later.TenantId, later.UploadId, [later.Result(TestStatus.Failed) with { FailureMessage = "Timeout after 6 ms" }], CancellationToken.None);

        var hits = await store.QueryAsync(
            new TestResultSearch(ScopeOf(upload), AroundNoon, ResultFilter.None, new ResultSort(ResultSortField.Name, SortDirection.Ascending), 10), CancellationToken.None);
        var failures = await store.QueryAsync(
            new AggregationQuery(ScopeOf(upload), AroundNoon, new ResultFilter { Statuses = [TestStatus.Failed, TestStatus.Errored] }, [Metric.Count],
                groupBy: new GroupBy([ResultField.FailureFingerprint], 10, BucketOrder.ByKey)), CancellationToken.None);

        Assert.Equal([0, 1, 2, 0], hits.Select(h => h.Ordinal));
        Assert.Equal([upload.UploadId, upload.UploadId, upload.UploadId, later.UploadId], hits.Select(h => h.Document.UploadId));
        var group = Assert.Single(failures);
        Assert.Equal(["Timeout after <n> ms"], group.Key);
        Assert.Equal(3, group.Count(Metric.Count));
    }

    [Fact]
    public async Task AFileFromBeforeStoredUploads_KnowsItsUploads_SoAReprocessedOneIsReplacedAndALaterOneOfTheRunSupersedes()
    {
        var attempt = UploadScope.New().InRun("nightly-1");
        var path = VersionOneFile(attempt, """
            ($tenant, $dataset, $upload, 'nightly-1', 'ci', 'suite', 'Checkout', 'test 0', 1, 1, 'boom', NULL, '2025-06-02 12:00', false, '2025-06-02 12:00', false),
            ($tenant, $dataset, $upload, 'nightly-1', 'ci', 'suite', 'Checkout', 'test 1', 0, 1, NULL, NULL, '2025-06-02 12:00', false, '2025-06-02 12:00', false)
            """);
        var retry = attempt.NextUpload();

        await using var store = StoreIn(path);
        await store.ReplaceUploadResultsAsync(attempt.TenantId, attempt.UploadId, [attempt.Result(TestStatus.Failed), attempt.Result(TestStatus.Passed, number: 1)], CancellationToken.None);
        await store.ReplaceUploadResultsAsync(retry.TenantId, retry.UploadId, [retry.Result(TestStatus.Passed)], CancellationToken.None);

        var run = Assert.Single(await store.QueryAsync(new TestRunsQuery(ScopeOf(attempt), 10, null), CancellationToken.None));
        Assert.Equal((new TestSummary(2, 2, 0, 0, 0), 1L), (run.Counts, run.Flaky));
    }

    [Fact]
    public async Task OperationsAfterDisposeThrowObjectDisposed()
    {
        var store = StoreIn(folder.Path);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => store.QueryAsync(UploadScope.New().Summary(), CancellationToken.None));
    }

    private static DuckDbAnalyticsStore StoreIn(string path) =>
        new(Options.Create(new EmbeddedStorageOptions { Path = path }));

    /// <summary>A data folder whose file has the first release's <c>test_results</c> holding <paramref name="rows"/> of <paramref name="upload"/>.</summary>
    private string VersionOneFile(UploadScope upload, string rows)
    {
        var path = Directory.CreateDirectory(Path.Combine(folder.Path, "v1-" + Guid.NewGuid().ToString("N"))).FullName;
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(path, "analytics.duckdb")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE test_results (tenant_id VARCHAR NOT NULL, dataset_id VARCHAR NOT NULL, upload_id VARCHAR NOT NULL,
                run_key VARCHAR, environment VARCHAR, suite VARCHAR, class_name VARCHAR, name VARCHAR NOT NULL,
                status UTINYINT NOT NULL, duration_ms DOUBLE NOT NULL, failure_message VARCHAR, failure_type VARCHAR,
                ts TIMESTAMP NOT NULL, flaky BOOLEAN NOT NULL, received_at TIMESTAMP NOT NULL, superseded BOOLEAN NOT NULL);
            INSERT INTO test_results VALUES {rows};
            """;
        command.Parameters.Add(new DuckDBParameter("tenant", upload.TenantId));
        command.Parameters.Add(new DuckDBParameter("dataset", upload.DatasetId));
        command.Parameters.Add(new DuckDBParameter("upload", upload.UploadId));
        command.ExecuteNonQuery();
        return path;
    }
}
