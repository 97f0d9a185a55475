using Dot.Domain.Jobs;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The upload job queue contract against the embedded SQLite adapter, each test on a database of its own.</summary>
public sealed class SqliteUploadJobsContractTests : UploadJobsContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IUploadJobs OpenJobs(TimeProvider clock) =>
        new SqliteUploadJobs(new SqliteDatabase(Options.Create(new EmbeddedStorageOptions { Path = _folder.Path })), clock);

    public void Dispose() => _folder.Dispose();
}
