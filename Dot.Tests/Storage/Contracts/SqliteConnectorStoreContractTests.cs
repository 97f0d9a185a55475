using Dot.Storage.Embedded.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteConnectorStoreContractTests(TempFolder folder)
    : ConnectorStoreContract(new SqliteConnectorStore(EmbeddedStorage.Database(folder)), new SqliteConnectorRunStore(EmbeddedStorage.Database(folder))),
        IClassFixture<TempFolder>;
