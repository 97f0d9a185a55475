using Dot.Api.Storage;
using Dot.Api.Storage.Embedded;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using DuckDB.NET.Data;
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
    public async Task OperationsAfterDisposeThrowObjectDisposed()
    {
        var store = OpenStore();
        await ((IAsyncDisposable)store).DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(
            () => store.GetTestSummaryAsync(UploadScope.New().Summary(), CancellationToken.None));
    }
}
