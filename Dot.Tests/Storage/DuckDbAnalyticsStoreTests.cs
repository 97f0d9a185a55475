using Dot.Api.Storage;
using Dot.Api.Storage.Embedded;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage;

/// <summary>The analytics store contract against the embedded DuckDB adapter, plus what only a file store has.</summary>
public sealed class DuckDbAnalyticsStoreTests(TempFolder folder) : AnalyticsStoreContract, IClassFixture<TempFolder>
{
    private string DatabaseFile => Path.Combine(folder.Path, "analytics.duckdb");

    protected override IAnalyticsStore OpenStore() =>
        new DuckDbAnalyticsStore(Options.Create(new StorageOptions { Embedded = { Path = folder.Path } }));

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

        await CloseStoreAsync();

        // DuckDB folds the write-ahead log into the file and deletes it when the last connection closes.
        Assert.False(File.Exists(DatabaseFile + ".wal"));
    }

    [Fact]
    public async Task OperationsAfterDisposeThrowObjectDisposed()
    {
        var store = OpenStore();
        await ((IAsyncDisposable)store).DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => store.GetTestSummaryAsync(UploadScope.New().Summary(), CancellationToken.None));
    }
}
