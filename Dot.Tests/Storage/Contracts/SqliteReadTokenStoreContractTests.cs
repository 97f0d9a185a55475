using Dot.Storage.Embedded.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteReadTokenStoreContractTests(TempFolder folder)
    : ReadTokenStoreContract(new SqliteReadTokenStore(EmbeddedStorage.Database(folder))), IClassFixture<TempFolder>;
