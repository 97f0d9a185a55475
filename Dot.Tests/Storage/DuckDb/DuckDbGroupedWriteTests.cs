using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// Uploads that queue for the embedded store's writer are written in one transaction (decision 0017), and each still
/// fails alone: one whose stream fails half-way, one cancelled, one that only the publishing transaction refuses;
/// the others of the group are stored whole, the failed ones not at all.
/// </summary>
public sealed class DuckDbGroupedWriteTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private DuckDbAnalyticsStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = _folder.Path }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnUploadThatFailsInAGroup_StoresNothing_AndTheOthersAreStoredWhole()
    {
        var first = UploadScope.New().InRun("nightly-1");
        var second = first.NextUpload();
        var (broken, cancelled, refused) = (UploadScope.New(), UploadScope.New(), UploadScope.New());
        using var cancellation = new CancellationTokenSource();

        var writes = await WriterHold.WriteTogetherAsync(_store,
        [
            () => _store.ReplaceUploadResultsAsync(first.TenantId, first.UploadId, first.Results(TestStatus.Failed, 5).ToList(), CancellationToken.None),
            () => _store.ReplaceUploadResultsAsync(broken.TenantId, broken.UploadId, FailingHalfWay(broken), CancellationToken.None),
            () =>
            {
                var write = _store.ReplaceUploadResultsAsync(cancelled.TenantId, cancelled.UploadId, cancelled.Results(TestStatus.Passed, 3).ToList(), cancellation.Token);
                cancellation.Cancel();
                return write;
            },
            // A name is required: the appender's staging table takes the null, the results table refuses it.
            () => _store.ReplaceUploadResultsAsync(refused.TenantId, refused.UploadId, [refused.Result(TestStatus.Passed), refused.Result(TestStatus.Passed, number: 1) with { Name = null! }], CancellationToken.None),
            () => _store.ReplaceUploadResultsAsync(second.TenantId, second.UploadId, second.Results(TestStatus.Passed, 2).ToList(), CancellationToken.None),
        ]);

        Assert.Equal(5, await writes[0]);
        await Assert.ThrowsAsync<InvalidDataException>(() => writes[1]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writes[2]);
        await Assert.ThrowsAnyAsync<Exception>(() => writes[3]);
        Assert.Equal(2, await writes[4]);
        // The second upload of the run superseded the first's executions of the tests it repeated, in the same group.
        Assert.Equal(new TestSummary(5, 2, 3, 0, 0), await _store.QueryAsync(first.Summary(), CancellationToken.None));
        foreach (var failed in new[] { broken, cancelled, refused })
        {
            Assert.Equal(new TestSummary(0, 0, 0, 0, 0), await _store.QueryAsync(failed.Summary(), CancellationToken.None));
        }
    }

    [Fact]
    public async Task AFailedUpload_CanBeWrittenAgain_AndItsGroupIsUnchanged()
    {
        var kept = UploadScope.New();
        var retried = UploadScope.New();
        var writes = await WriterHold.WriteTogetherAsync(_store,
        [
            () => _store.ReplaceUploadResultsAsync(kept.TenantId, kept.UploadId, kept.Results(TestStatus.Passed, 4).ToList(), CancellationToken.None),
            () => _store.ReplaceUploadResultsAsync(retried.TenantId, retried.UploadId, FailingHalfWay(retried), CancellationToken.None),
        ]);
        await Assert.ThrowsAsync<InvalidDataException>(() => writes[1]);

        Assert.Equal(3, await _store.ReplaceUploadResultsAsync(retried.TenantId, retried.UploadId, retried.Results(TestStatus.Failed, 3).ToList(), CancellationToken.None));

        Assert.Equal(new TestSummary(4, 4, 0, 0, 0), await _store.QueryAsync(kept.Summary(), CancellationToken.None));
        Assert.Equal(new TestSummary(3, 0, 3, 0, 0), await _store.QueryAsync(retried.Summary(), CancellationToken.None));
    }

    /// <summary>Past the read-ahead's first chunk, so that some rows were staged before the failure.</summary>
    private static IEnumerable<TestResultDocument> FailingHalfWay(UploadScope upload) => FailingReport.After(upload, 3000);
}
