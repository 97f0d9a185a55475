using System.Text;
using Dot.Domain.Identifiers;
using Dot.Domain.Intake;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.Uploads;
using Dot.Domain.WorkItems;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.FileSystem;
using Dot.Storage.Embedded.Sqlite;
using Dot.Tests.Storage;
using Dot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Domain.Intake;

/// <summary>The intake on the embedded adapters in a temp folder: what it accepts, what it refuses, and that a refusal leaves nothing.</summary>
public sealed class UploadIntakeTests : IDisposable
{
    private static readonly IntakeLimits Limits = new(MaxBytes: 64 * 1024, MaxFiles: 3, new ArchiveLimits(MaxEntries: 3, MaxUncompressedBytes: 64 * 1024, MaxCompressionRatio: 200));
    private static readonly byte[] JiraExport = Encoding.UTF8.GetBytes("""{"startAt":0,"total":0,"issues":[]}""");

    private readonly TempFolder _folder = new();
    private readonly string _tenantId = OpaqueId.New("ten");
    private readonly string _datasetId = OpaqueId.New("dst");
    private readonly SqliteUploadStore _uploads;
    private readonly SqliteUploadJobs _jobs;
    private readonly FileSystemRawStore _raw;
    private readonly ReportParsers _parsers = new([new JUnitXmlParser()], new JiraIssueParser(), WorkItemMapping.Default);
    private readonly UploadIntake _intake;

    public UploadIntakeTests()
    {
        var options = Options.Create(new EmbeddedStorageOptions { Path = _folder.Path });
        var database = new SqliteDatabase(options);
        _uploads = new SqliteUploadStore(database);
        _jobs = new SqliteUploadJobs(database, TimeProvider.System);
        _raw = new FileSystemRawStore(options);
        _intake = new UploadIntake(_raw, _uploads, _jobs, _parsers, TimeProvider.System, Limits);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Report_IsKeptRaw_Recorded_AndQueued()
    {
        var report = JUnitReports.Make(3);

        var outcome = await TakeAsync(new IntakeOptions(RunKey: "build-9"), ("junit.xml", report));

        Assert.Null(outcome.Refusal);
        Assert.True(outcome.Created);
        var upload = outcome.Upload!;
        Assert.Equal((UploadStatus.Queued, "build-9", "utk_source"), (upload.Status, upload.RunKey, upload.TokenId));
        Assert.Equal(new UploadFile("junit.xml", report.Length, ReportFormat.JUnit, 0), Assert.Single(upload.Files));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(report)), upload.ContentSha256);
        await using (var stored = await _raw.OpenReadAsync(new RawFileKey(_tenantId, _datasetId, upload.Id, 0), CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            Assert.Equal(report, copy.ToArray());
        }
        var lease = await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(new UploadJob(_tenantId, upload.Id), lease?.Job);
    }

    [Fact]
    public async Task SameContentAgain_ReturnsTheFirstUpload_KeepingOneRawCopy()
    {
        var report = JUnitReports.Make(3);
        var first = await TakeAsync(new IntakeOptions(), ("junit.xml", report));

        var again = await TakeAsync(new IntakeOptions(), ("again.xml", report));

        Assert.False(again.Created);
        Assert.Equal(first.Upload!.Id, again.Upload!.Id);
        Assert.Single(RawFiles());
        Assert.NotNull(await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Null(await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task RetryWithTheSameKey_AfterTheQueueFailed_QueuesTheRecordedUpload()
    {
        var report = JUnitReports.Make(3);
        var queueDown = new UploadIntake(_raw, _uploads, new UnreachableUploadJobs(), _parsers, TimeProvider.System, Limits);
        await Assert.ThrowsAsync<HttpRequestException>(() => queueDown.TakeAsync(
            _tenantId, _datasetId, IntakeSource.UploadToken("utk_source"), new IntakeOptions(IdempotencyKey: "ci-7"),
            new[] { new IntakeFile("junit.xml", new MemoryStream(report)) }.ToAsyncEnumerable(), CancellationToken.None));
        var recorded = Assert.Single(await _uploads.ListAsync(_tenantId, _datasetId, 10, null, CancellationToken.None));
        Assert.Null(await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None));

        var retried = await TakeAsync(new IntakeOptions(IdempotencyKey: "ci-7"), ("junit.xml", report));

        Assert.False(retried.Created);
        Assert.Equal(recorded.Id, retried.Upload!.Id);
        var lease = await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(new UploadJob(_tenantId, recorded.Id), lease?.Job);
    }

    [Fact]
    public async Task RetryWithTheSameKey_OfAFinishedUpload_QueuesNothing()
    {
        var report = JUnitReports.Make(3);
        var first = await TakeAsync(new IntakeOptions(IdempotencyKey: "ci-8"), ("junit.xml", report));
        var lease = await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None);
        await _uploads.MarkFailedAsync(_tenantId, first.Upload!.Id, [new UploadProblem("Not a report.")], DateTimeOffset.UtcNow, CancellationToken.None);
        await _jobs.CompleteAsync(lease!, CancellationToken.None);

        var retried = await TakeAsync(new IntakeOptions(IdempotencyKey: "ci-8"), ("junit.xml", report));

        Assert.Equal((false, first.Upload.Id), (retried.Created, retried.Upload!.Id));
        Assert.Null(await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task ZipArchive_CountsAsTheReportsItHolds()
    {
        var zip = ZipArchives.Make(("a/one.xml", JUnitReports.Make(1)), ("two.xml", JUnitReports.Make(2)));

        var outcome = await TakeAsync(new IntakeOptions(), ("reports.zip", zip));

        Assert.Equal(
            [("reports.zip/a/one.xml", "a/one.xml", 0), ("reports.zip/two.xml", "two.xml", 0)],
            outcome.Upload!.Files.Select(f => (f.Name, f.ArchiveEntry, f.RawIndex)));
        Assert.Single(RawFiles());
    }

    [Fact]
    public async Task ForcedFormat_IsTakenWithoutDetection()
    {
        var outcome = await TakeAsync(new IntakeOptions(ForcedFormat: ReportFormat.JUnit), ("odd.bin", [1, 2, 3]));

        Assert.Equal(ReportFormat.JUnit, Assert.Single(outcome.Upload!.Files).Format);
    }

    private static readonly Dictionary<string, (IntakeRefusalReason Reason, (string Name, byte[] Content)[] Files)> Refusals = new()
    {
        ["nothing"] = (IntakeRefusalReason.Empty, []),
        ["an empty file"] = (IntakeRefusalReason.Empty, [("empty.xml", [])]),
        ["an unknown format"] = (IntakeRefusalReason.UnknownFormat, [("report.xml", JUnitReports.Make(1)), ("image.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])]),
        ["too many files"] = (IntakeRefusalReason.TooManyFiles, [.. Enumerable.Range(0, 4).Select(n => ($"r{n}.xml", JUnitReports.Make(1)))]),
        ["too many bytes"] = (IntakeRefusalReason.TooLarge, [("big.xml", JUnitReports.Make(2000))]),
        ["mixed content"] = (IntakeRefusalReason.MixedContent, [("report.xml", JUnitReports.Make(1)), ("jira.json", JiraExport)]),
        ["a broken zip"] = (IntakeRefusalReason.MalformedArchive, [("broken.zip", [.. "PK\u0003\u0004"u8, .. new byte[100]])]),
        ["a zip in a zip"] = (IntakeRefusalReason.NestedArchive, [("outer.zip", ZipArchives.Make(("inner.zip", ZipArchives.Make(("r.xml", JUnitReports.Make(1))))))]),
        ["a zip entry leaving the archive"] = (IntakeRefusalReason.UnsafeArchive, [("escape.zip", ZipArchives.Make(("../r.xml", JUnitReports.Make(1))))]),
        ["a zip of too many entries"] = (IntakeRefusalReason.TooManyFiles, [("many.zip", ZipArchives.Make([.. Enumerable.Range(0, 4).Select(n => ($"r{n}.xml", JUnitReports.Make(1)))]))]),
        ["a zip of folders only"] = (IntakeRefusalReason.Empty, [("folders.zip", ZipArchives.Make(("folder/", [])))]),
    };

    [Theory]
    [InlineData("nothing")]
    [InlineData("an empty file")]
    [InlineData("an unknown format")]
    [InlineData("too many files")]
    [InlineData("too many bytes")]
    [InlineData("mixed content")]
    [InlineData("a broken zip")]
    [InlineData("a zip in a zip")]
    [InlineData("a zip entry leaving the archive")]
    [InlineData("a zip of too many entries")]
    [InlineData("a zip of folders only")]
    public async Task Refusal_HasItsReason_AndLeavesNothingBehind(string what)
    {
        var (reason, files) = Refusals[what];

        var outcome = await TakeAsync(new IntakeOptions(), files);

        Assert.Equal(reason, outcome.Refusal?.Reason);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal!.Message));
        Assert.Null(outcome.Upload);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task FilesThatFailWhileRead_LeaveNothingBehind()
    {
        async IAsyncEnumerable<IntakeFile> Failing()
        {
            yield return new IntakeFile("first.xml", new MemoryStream(JUnitReports.Make(1)));
            await Task.Yield();
            throw new InvalidDataException("The multipart body ends early.");
        }

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            _intake.TakeAsync(_tenantId, _datasetId, IntakeSource.UploadToken("utk_source"), new IntakeOptions(), Failing(), CancellationToken.None));

        await AssertNothingKeptAsync();
    }

    private Task<IntakeOutcome> TakeAsync(IntakeOptions options, params (string Name, byte[] Content)[] files) =>
        _intake.TakeAsync(
            _tenantId, _datasetId, IntakeSource.UploadToken("utk_source"), options,
            files.Select(f => new IntakeFile(f.Name, new MemoryStream(f.Content))).ToAsyncEnumerable(),
            CancellationToken.None);

    private async Task AssertNothingKeptAsync()
    {
        Assert.Empty(RawFiles());
        Assert.Empty(await _uploads.ListAsync(_tenantId, _datasetId, 10, null, CancellationToken.None));
        Assert.Null(await _jobs.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    private IEnumerable<string> RawFiles()
    {
        var raw = Path.Combine(_folder.Path, "raw");
        return Directory.Exists(raw) ? Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories) : [];
    }
}
