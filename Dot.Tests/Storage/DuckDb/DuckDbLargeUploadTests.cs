using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// An upload larger than one of the store's appenders takes (it hands its rows to the transaction every 16,384 rows,
/// so that DuckDB's appender does not buffer a large upload outside its memory limit): every row is stored once,
/// and one that fails after several appenders stores nothing, written alone or in a group.
/// </summary>
public sealed class DuckDbLargeUploadTests : IAsyncLifetime, IDisposable
{
    // Three appenders and part of a fourth.
    private const int ManyAppenders = 3 * 16_384 + 1_000;

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
    public async Task ALargeUploadWrittenAlone_StoresEveryRowOnce_AndOneFailingLate_StoresNothing()
    {
        var failing = UploadScope.New();
        await Assert.ThrowsAsync<InvalidDataException>(() =>
            _store.ReplaceUploadResultsAsync(failing.TenantId, failing.UploadId, FailingAfter(failing, ManyAppenders), CancellationToken.None));
        Assert.Equal(new TestSummary(0, 0, 0, 0, 0), await _store.QueryAsync(failing.Summary(), CancellationToken.None));

        Assert.Equal(ManyAppenders, await _store.ReplaceUploadResultsAsync(
            failing.TenantId, failing.UploadId, failing.Results(TestStatus.Failed, ManyAppenders), CancellationToken.None));
        Assert.Equal(new TestSummary(ManyAppenders, 0, ManyAppenders, 0, 0), await _store.QueryAsync(failing.Summary(), CancellationToken.None));
    }

    [Fact]
    public async Task ALargeUploadInAGroup_StoresEveryRowOnce_AndOneFailingLate_StoresNothing()
    {
        var (large, failing) = (UploadScope.New(), UploadScope.New());
        var writes = await WriterHold.WriteTogetherAsync(_store,
        [
            () => _store.ReplaceUploadResultsAsync(large.TenantId, large.UploadId, large.Results(TestStatus.Passed, ManyAppenders), CancellationToken.None),
            () => _store.ReplaceUploadResultsAsync(failing.TenantId, failing.UploadId, FailingAfter(failing, ManyAppenders), CancellationToken.None),
        ]);

        Assert.Equal(ManyAppenders, await writes[0]);
        await Assert.ThrowsAsync<InvalidDataException>(() => writes[1]);
        Assert.Equal(new TestSummary(ManyAppenders, ManyAppenders, 0, 0, 0), await _store.QueryAsync(large.Summary(), CancellationToken.None));
        Assert.Equal(new TestSummary(0, 0, 0, 0, 0), await _store.QueryAsync(failing.Summary(), CancellationToken.None));
    }

    private static IEnumerable<TestResultDocument> FailingAfter(UploadScope upload, int count)
    {
        foreach (var result in upload.Results(TestStatus.Passed, count))
        {
            yield return result;
        }
        throw new InvalidDataException("The report ends in the middle of an element.");
    }
}
