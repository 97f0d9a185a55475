using Dot.Domain.Uploads;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The upload store contract against the embedded SQLite adapter.</summary>
public sealed class SqliteUploadStoreContractTests(TempFolder folder) : UploadStoreContract, IClassFixture<TempFolder>
{
    protected override IUploadStore OpenStore() =>
        new SqliteUploadStore(new SqliteDatabase(Options.Create(new EmbeddedStorageOptions { Path = folder.Path })));
}
