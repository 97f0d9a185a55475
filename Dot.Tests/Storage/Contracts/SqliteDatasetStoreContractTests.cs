using Dot.Storage.Embedded.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteDatasetStoreContractTests(TempFolder folder)
    : DatasetStoreContract(new SqliteDatasetStore(EmbeddedStorage.Database(folder))), IClassFixture<TempFolder>;
