using Dot.Storage.Embedded.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteUploadTokenStoreContractTests(TempFolder folder)
    : UploadTokenStoreContract(new SqliteUploadTokenStore(EmbeddedStorage.Database(folder))), IClassFixture<TempFolder>;
