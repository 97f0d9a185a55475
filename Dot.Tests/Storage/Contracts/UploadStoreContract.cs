using Dot.Domain.Identifiers;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every <see cref="IUploadStore"/> adapter must do. Stores opened in one test class share their storage, so every
/// test works under fresh tenant and dataset ids.
/// </summary>
public abstract class UploadStoreContract
{
    private readonly string _tenantId = OpaqueId.New("ten");
    private readonly string _datasetId = OpaqueId.New("dst");
    private IUploadStore? _store;

    private IUploadStore Store => _store ??= OpenStore();

    protected abstract IUploadStore OpenStore();

    [Fact]
    public async Task Create_StoresTheUpload_FoundByItsTenant()
    {
        var upload = NewUpload("sha-1") with { RunKey = "build-7", Environment = "ci", IdempotencyKey = "key-1" };

        var (stored, created) = await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        var found = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);

        Assert.True(created);
        Assert.Equal(upload.Id, stored.Id);
        Assert.NotNull(found);
        Assert.Equal((upload.DatasetId, upload.TokenId, UploadStatus.Queued, "build-7", "ci", "key-1", "sha-1", upload.ReceivedAt),
            (found.DatasetId, found.TokenId, found.Status, found.RunKey, found.Environment, found.IdempotencyKey, found.ContentSha256, found.ReceivedAt));
        Assert.Equal(upload.Files, found.Files);
    }

    [Fact]
    public async Task SameIdempotencyKey_ReturnsTheExistingUpload_AndStoresNothing()
    {
        var first = NewUpload("sha-1") with { IdempotencyKey = "key-1" };
        await Store.CreateOrGetExistingAsync(first, CancellationToken.None);
        var resent = NewUpload("sha-2") with { IdempotencyKey = "key-1" };

        var (existing, created) = await Store.CreateOrGetExistingAsync(resent, CancellationToken.None);

        Assert.False(created);
        Assert.Equal(first.Id, existing.Id);
        Assert.Null(await Store.FindAsync(_tenantId, resent.Id, CancellationToken.None));
    }

    [Fact]
    public async Task SameContent_ReturnsTheExistingUpload()
    {
        var first = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(first, CancellationToken.None);

        var (existing, created) = await Store.CreateOrGetExistingAsync(NewUpload("sha-1"), CancellationToken.None);

        Assert.False(created);
        Assert.Equal(first.Id, existing.Id);
    }

    [Fact]
    public async Task SameContentAndRun_WithoutAKey_ReturnsTheExistingUpload()
    {
        var first = NewUpload("sha-1") with { RunKey = "pipeline-1" };
        await Store.CreateOrGetExistingAsync(first, CancellationToken.None);

        var (existing, created) = await Store.CreateOrGetExistingAsync(NewUpload("sha-1") with { RunKey = "pipeline-1" }, CancellationToken.None);

        Assert.False(created);
        Assert.Equal(first.Id, existing.Id);
    }

    [Fact]
    public async Task SameContent_InAnotherRun_OrWithAnotherKey_IsANewUpload()
    {
        var first = NewUpload("sha-1") with { RunKey = "pipeline-1" };
        var anotherRun = NewUpload("sha-1") with { RunKey = "pipeline-2" };
        var anotherKey = NewUpload("sha-1") with { RunKey = "pipeline-3", IdempotencyKey = "other-key" };
        var noRun = NewUpload("sha-1");

        var created = new List<bool>();
        foreach (var upload in new[] { first, anotherRun, anotherKey, noRun })
        {
            created.Add((await Store.CreateOrGetExistingAsync(upload, CancellationToken.None)).Created);
        }
        var (retried, retriedCreated) = await Store.CreateOrGetExistingAsync(NewUpload("sha-1") with { RunKey = "pipeline-2" }, CancellationToken.None);

        Assert.Equal([true, true, true, true], created);
        Assert.Equal((anotherRun.Id, false), (retried.Id, retriedCreated));
        Assert.Equal(4, (await Store.ListAsync(_tenantId, _datasetId, 10, null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SameContent_WithAKey_AfterTheSameWithoutOne_IsANewUpload()
    {
        await Store.CreateOrGetExistingAsync(NewUpload("sha-1"), CancellationToken.None);

        var (_, created) = await Store.CreateOrGetExistingAsync(NewUpload("sha-1") with { IdempotencyKey = "key-1" }, CancellationToken.None);

        Assert.True(created);
    }

    [Fact]
    public async Task SameContentInAnotherDataset_IsAnUploadOfItsOwn()
    {
        await Store.CreateOrGetExistingAsync(NewUpload("sha-1"), CancellationToken.None);

        var (_, created) = await Store.CreateOrGetExistingAsync(NewUpload("sha-1") with { DatasetId = OpaqueId.New("dst") }, CancellationToken.None);

        Assert.True(created);
    }

    [Fact]
    public async Task Find_WithAnotherTenantsId_ReturnsNull()
    {
        var upload = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);

        Assert.Null(await Store.FindAsync(OpaqueId.New("ten"), upload.Id, CancellationToken.None));
        Assert.Null(await Store.FindAsync(_tenantId, OpaqueId.New(Upload.IdPrefix), CancellationToken.None));
    }

    [Fact]
    public async Task List_PagesNewestFirst()
    {
        var uploads = Enumerable.Range(0, 5).Select(n => NewUpload($"sha-{n}") with { ReceivedAt = UploadScope.Noon.AddMinutes(n) }).ToList();
        foreach (var upload in uploads)
        {
            await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        }
        await Store.CreateOrGetExistingAsync(NewUpload("sha-other") with { DatasetId = OpaqueId.New("dst") }, CancellationToken.None);

        var first = await Store.ListAsync(_tenantId, _datasetId, 2, null, CancellationToken.None);
        var second = await Store.ListAsync(_tenantId, _datasetId, 2, first[^1].Id, CancellationToken.None);
        var last = await Store.ListAsync(_tenantId, _datasetId, 2, second[^1].Id, CancellationToken.None);

        Assert.Equal(uploads.Select(u => u.Id).Reverse(), first.Concat(second).Concat(last).Select(u => u.Id));
        Assert.Single(last);
        Assert.Empty(await Store.ListAsync(OpaqueId.New("ten"), _datasetId, 10, null, CancellationToken.None));
    }

    [Fact]
    public async Task MarkProcessing_ThenSucceeded_RecordsFilesCountsAndWarnings()
    {
        var upload = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);

        await Store.MarkProcessingAsync(_tenantId, upload.Id, CancellationToken.None);
        var processing = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);
        var counts = new ReportCounts(3, 2, 1, 0, 0);
        var files = upload.Files.Select(f => f with { Counts = counts }).ToList();
        await Store.MarkSucceededAsync(_tenantId, upload.Id, files, counts, ["a warning"], UploadScope.Noon.AddMinutes(1), CancellationToken.None);
        var succeeded = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);

        Assert.Equal(UploadStatus.Processing, processing?.Status);
        Assert.Equal(UploadStatus.Succeeded, succeeded?.Status);
        Assert.True(succeeded!.IsFinished);
        Assert.Equal(UploadScope.Noon.AddMinutes(1), succeeded.FinishedAt);
        Assert.Equal(counts, succeeded.Counts);
        Assert.Equal(files, succeeded.Files);
        Assert.Equal(["a warning"], succeeded.Warnings!);
        Assert.Null(succeeded.Errors);
    }

    [Fact]
    public async Task MarkFailed_RecordsTheProblems()
    {
        var upload = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        await Store.MarkProcessingAsync(_tenantId, upload.Id, CancellationToken.None);

        UploadProblem[] problems = [new("Unexpected end of file.", "report", 3, 14)];
        await Store.MarkFailedAsync(_tenantId, upload.Id, problems, UploadScope.Noon.AddMinutes(2), CancellationToken.None);
        var failed = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);

        Assert.Equal(UploadStatus.Failed, failed?.Status);
        Assert.Equal(UploadScope.Noon.AddMinutes(2), failed!.FinishedAt);
        Assert.Equal(problems, failed.Errors!);
        Assert.Null(failed.Counts);
    }

    [Fact]
    public async Task MarkProcessing_LeavesAFinishedUploadAlone()
    {
        var upload = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        await Store.MarkFailedAsync(_tenantId, upload.Id, [new UploadProblem("broken")], UploadScope.Noon, CancellationToken.None);

        await Store.MarkProcessingAsync(_tenantId, upload.Id, CancellationToken.None);

        Assert.Equal(UploadStatus.Failed, (await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None))?.Status);
    }

    [Fact]
    public async Task Requeue_PutsAFinishedUploadBackToQueued_OnlyForItsTenant_AndOnlyWhenFinished()
    {
        var upload = NewUpload("sha-1");
        await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        var whileQueued = await Store.RequeueAsync(_tenantId, upload.Id, CancellationToken.None);
        await Store.MarkFailedAsync(_tenantId, upload.Id, [new UploadProblem("broken")], UploadScope.Noon, CancellationToken.None);

        var byAnotherTenant = await Store.RequeueAsync(OpaqueId.New("ten"), upload.Id, CancellationToken.None);
        var requeued = await Store.RequeueAsync(_tenantId, upload.Id, CancellationToken.None);
        var again = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);
        await Store.MarkProcessingAsync(_tenantId, upload.Id, CancellationToken.None);
        var processing = await Store.FindAsync(_tenantId, upload.Id, CancellationToken.None);

        Assert.Equal((false, false, true), (whileQueued, byAnotherTenant, requeued));
        Assert.Equal((UploadStatus.Queued, (DateTimeOffset?)null), (again?.Status, again?.FinishedAt));
        Assert.Equal(UploadStatus.Processing, processing?.Status);
        Assert.False(await Store.RequeueAsync(_tenantId, "upl_unknown", CancellationToken.None));
    }

    [Fact]
    public async Task ListFinishedBefore_GivesTheDatasetsFinishedUploadsOldestFirst_AndDeleteRemovesOne()
    {
        var old = NewUpload("sha-old") with { ReceivedAt = UploadScope.Noon.AddDays(-3) };
        var older = NewUpload("sha-older") with { ReceivedAt = UploadScope.Noon.AddDays(-4) };
        var queued = NewUpload("sha-queued") with { ReceivedAt = UploadScope.Noon.AddDays(-5) };
        var recent = NewUpload("sha-recent");
        foreach (var upload in new[] { old, older, queued, recent })
        {
            await Store.CreateOrGetExistingAsync(upload, CancellationToken.None);
        }
        foreach (var upload in new[] { old, older, recent })
        {
            await Store.MarkFailedAsync(_tenantId, upload.Id, [new UploadProblem("broken")], UploadScope.Noon, CancellationToken.None);
        }

        var due = await Store.ListFinishedBeforeAsync(_tenantId, _datasetId, UploadScope.Noon.AddDays(-1), 10, CancellationToken.None);
        var first = await Store.ListFinishedBeforeAsync(_tenantId, _datasetId, UploadScope.Noon.AddDays(-1), 1, CancellationToken.None);

        Assert.Equal([older.Id, old.Id], due.Select(u => u.Id));
        Assert.Equal([older.Id], first.Select(u => u.Id));
        Assert.Empty(await Store.ListFinishedBeforeAsync(OpaqueId.New("ten"), _datasetId, UploadScope.Noon, 10, CancellationToken.None));
        Assert.False(await Store.DeleteAsync(OpaqueId.New("ten"), older.Id, CancellationToken.None));
        Assert.True(await Store.DeleteAsync(_tenantId, older.Id, CancellationToken.None));
        Assert.Null(await Store.FindAsync(_tenantId, older.Id, CancellationToken.None));
        Assert.Equal([old.Id], (await Store.ListFinishedBeforeAsync(_tenantId, _datasetId, UploadScope.Noon.AddDays(-1), 10, CancellationToken.None)).Select(u => u.Id));
    }

    private Upload NewUpload(string contentSha256) =>
        new(OpaqueId.New(Upload.IdPrefix), _tenantId, _datasetId, OpaqueId.New("utk"), UploadStatus.Queued,
            [new UploadFile("report.xml", 120, ReportFormat.JUnit, 0)], null, null, null, contentSha256, UploadScope.Noon);
}
