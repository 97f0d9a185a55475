using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// An upload larger than one of the store's appenders takes (it hands its rows to the transaction every 16,384 rows,
/// so that DuckDB's appender does not buffer a large upload outside its memory limit, decision 0019): every row is
/// stored once, and one that fails after several appenders stores nothing, written alone or in a group.
/// </summary>
public sealed class DuckDbLargeUploadTests
{
    // Three appenders and part of a fourth.
    private const int ManyAppenders = 3 * 16_384 + 1_000;

    [Fact]
    public async Task ALargeUploadWrittenAlone_StoresEveryRowOnce_AndOneFailingLate_StoresNothing()
    {
        using var folder = new TempFolder();
        await using var store = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = folder.Path }));
        var upload = UploadScope.New();

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            store.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, FailingReport.After(upload, ManyAppenders), CancellationToken.None));
        Assert.Equal(new TestSummary(0, 0, 0, 0, 0), await store.QueryAsync(upload.Summary(), CancellationToken.None));

        Assert.Equal(ManyAppenders, await store.ReplaceUploadResultsAsync(
            upload.TenantId, upload.UploadId, upload.Results(TestStatus.Failed, ManyAppenders), CancellationToken.None));
        Assert.Equal(new TestSummary(ManyAppenders, 0, ManyAppenders, 0, 0), await store.QueryAsync(upload.Summary(), CancellationToken.None));
    }

    [Fact]
    public async Task ALargeUploadInAGroup_StoresEveryRowOnce_AndOneFailingLate_StoresNothing()
    {
        using var folder = new TempFolder();
        await using var store = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = folder.Path }));
        var (large, failing) = (UploadScope.New(), UploadScope.New());

        var writes = await WriterHold.WriteTogetherAsync(store,
        [
            () => store.ReplaceUploadResultsAsync(large.TenantId, large.UploadId, large.Results(TestStatus.Passed, ManyAppenders), CancellationToken.None),
            () => store.ReplaceUploadResultsAsync(failing.TenantId, failing.UploadId, FailingReport.After(failing, ManyAppenders), CancellationToken.None),
        ]);

        Assert.Equal(ManyAppenders, await writes[0]);
        await Assert.ThrowsAsync<InvalidDataException>(() => writes[1]);
        Assert.Equal(new TestSummary(ManyAppenders, ManyAppenders, 0, 0, 0), await store.QueryAsync(large.Summary(), CancellationToken.None));
        Assert.Equal(new TestSummary(0, 0, 0, 0, 0), await store.QueryAsync(failing.Summary(), CancellationToken.None));
    }
}
