using Dot.Api.Storage.Caching;
using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Caching;
using Dot.Storage.Embedded.DuckDb;
using Dot.Tests.Storage.Contracts;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage;

/// <summary>
/// The whole analytics contract through the cache and its writer (every contract test reads after writing, so a stale answer fails
/// it), plus what only the cache does: a repeated question is answered from memory until the tenant's next write.
/// </summary>
public sealed class CachingAnalyticsReaderTests(TempFolder folder) : AnalyticsContract, IClassFixture<TempFolder>
{
    private DuckDbAnalyticsStore? _behindTheCache;

    private DuckDbAnalyticsStore BehindTheCache => _behindTheCache ?? throw new InvalidOperationException("The store is closed.");

    protected override AnalyticsPorts Open()
    {
        var duckDb = new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = folder.Path }));
        _behindTheCache = duckDb;
        var versions = new InProcessDataVersions();
        var cache = new CachingAnalyticsReader(duckDb, versions, maxBytes: 1024 * 1024);
        return new AnalyticsPorts(new VersioningAnalyticsWriter(duckDb, versions), cache, [cache, duckDb]);
    }

    [Fact]
    public async Task ARepeatedQuestion_IsAnsweredFromMemory_UntilAWriteThroughTheCache()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 2));
        Assert.Equal(2, (await SummaryAsync(upload)).Total);

        var behindTheCache = upload.NextUpload();
        await BehindTheCache.ReplaceUploadResultsAsync(behindTheCache.TenantId, behindTheCache.UploadId, behindTheCache.Results(TestStatus.Failed, 3), CancellationToken.None);
        var remembered = await SummaryAsync(upload);

        var throughTheCache = behindTheCache.NextUpload();
        await ReplaceAsync(throughTheCache, throughTheCache.Results(TestStatus.Passed, 1));
        var fresh = await SummaryAsync(upload);

        Assert.Equal(2, remembered.Total);
        Assert.Equal(6, fresh.Total);
    }

    [Fact]
    public async Task AWriteOfOneTenant_KeepsTheAnswersOfAnother()
    {
        var acme = UploadScope.New();
        var globex = UploadScope.New();
        await ReplaceAsync(acme, acme.Results(TestStatus.Passed, 1));
        await SummaryAsync(acme);

        var behindTheCache = acme.NextUpload();
        await BehindTheCache.ReplaceUploadResultsAsync(acme.TenantId, behindTheCache.UploadId, behindTheCache.Results(TestStatus.Passed, 1), CancellationToken.None);
        await ReplaceAsync(globex, globex.Results(TestStatus.Passed, 1));

        Assert.Equal(1, (await SummaryAsync(acme)).Total);
    }

    [Fact]
    public async Task AWriteToOneDataset_KeepsTheAnswersOfTheTenantsOtherDatasets_AndRefreshesItsOwn()
    {
        var web = UploadScope.New();
        var mobile = web with { DatasetId = OpaqueId.New("dst"), UploadId = OpaqueId.New("upl") };
        await ReplaceAsync(web, web.Results(TestStatus.Passed, 1));
        await ReplaceAsync(mobile, mobile.Results(TestStatus.Passed, 2));
        await SummaryAsync(web);
        await SummaryAsync(mobile);

        var behindTheCache = web.NextUpload();
        await BehindTheCache.ReplaceUploadResultsAsync(web.TenantId, behindTheCache.UploadId, behindTheCache.Results(TestStatus.Passed, 5), CancellationToken.None);
        var mobileUpload = mobile.NextUpload();
        await ReplaceAsync(mobileUpload, mobileUpload.Results(TestStatus.Passed, 3));

        Assert.Equal(1, (await SummaryAsync(web)).Total);
        Assert.Equal(5, (await SummaryAsync(mobile)).Total);
    }

    [Fact]
    public async Task ADeletedUpload_RefreshesEveryDatasetOfItsTenant()
    {
        var web = UploadScope.New();
        await ReplaceAsync(web, web.Results(TestStatus.Passed, 2));
        await SummaryAsync(web);

        await Writer.DeleteUploadAsync(web.TenantId, web.UploadId, CancellationToken.None);

        Assert.Equal(0, (await SummaryAsync(web)).Total);
    }

    [Fact]
    public async Task AFailedWrite_StillRefreshesItsTenantsAnswers()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 1));
        await SummaryAsync(upload);
        var behindTheCache = upload.NextUpload();
        await BehindTheCache.ReplaceUploadResultsAsync(upload.TenantId, behindTheCache.UploadId, behindTheCache.Results(TestStatus.Passed, 1), CancellationToken.None);

        var failing = behindTheCache.NextUpload();
        await Assert.ThrowsAsync<InvalidDataException>(() => ReplaceAsync(failing, Failing(failing)));

        Assert.Equal(2, (await SummaryAsync(upload)).Total);
    }

    [Fact]
    public async Task APage_GoesStraightToTheStore()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 1));
        var runs = new TestRunsQuery(ScopeOf(upload), 10, null);
        Assert.Single(await Reader.QueryAsync(runs, CancellationToken.None));

        var behindTheCache = upload.NextUpload();
        await BehindTheCache.ReplaceUploadResultsAsync(upload.TenantId, behindTheCache.UploadId, behindTheCache.Results(TestStatus.Failed, 1), CancellationToken.None);

        Assert.Equal(2, (await Reader.QueryAsync(runs, CancellationToken.None)).Count);
    }

    private static IEnumerable<TestResultDocument> Failing(UploadScope upload)
    {
        yield return upload.Result(TestStatus.Passed);
        throw new InvalidDataException("the report broke off");
    }
}
