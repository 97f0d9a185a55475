using Dot.Storage.Embedded.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteTenantStoreContractTests(TempFolder folder)
    : TenantStoreContract(new SqliteTenantStore(EmbeddedStorage.Database(folder))), IClassFixture<TempFolder>;
