using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The upload job queue contract against the embedded SQLite adapter, each test on a database of its own.</summary>
public sealed class SqliteUploadJobsContractTests : UploadJobsContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IUploadJobs OpenJobs(TimeProvider clock) => new SqliteUploadJobs(OpenDatabase(), clock);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UnfinishedUploadWithoutAJob_FromBeforeTheQueue_GetsOneAtTheNextStart()
    {
        var database = OpenDatabase();
        var upload = new Upload(
            OpaqueId.New(Upload.IdPrefix), OpaqueId.New("ten"), OpaqueId.New("dst"), OpaqueId.New("utk"), UploadStatus.Processing,
            [new UploadFile("report.xml", 120, ReportFormat.JUnit, 0)], null, null, null, "sha-1", UploadScope.Noon);
        await new SqliteUploadStore(database).CreateOrGetExistingAsync(upload, CancellationToken.None);

        var restarted = new SqliteUploadJobs(OpenDatabase(), Clock);

        Assert.Equal(new UploadJob(upload.TenantId, upload.Id), (await restarted.ClaimAsync("worker", TimeSpan.FromMinutes(1), CancellationToken.None))?.Job);
    }

    private SqliteDatabase OpenDatabase() => new(Options.Create(new EmbeddedStorageOptions { Path = _folder.Path }));
}
