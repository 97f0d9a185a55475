using Dot.Storage.Embedded.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dot.Tests.Storage.Contracts;

public sealed class SqliteAuditLogContractTests(TempFolder folder)
    : AuditLogContract(new SqliteAuditLog(EmbeddedStorage.Database(folder))), IClassFixture<TempFolder>
{
    [Fact]
    public async Task TheTableRefusesUpdatesAndDeletes_EvenOutsideThePort()
    {
        var database = EmbeddedStorage.Database(folder);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_events (tenant_id, id, at, actor, actor_kind, action, outcome) VALUES ('ten_x', 'aud_x', '2026-01-01', 'a', 'User', 'createDataset', 'Succeeded');
            """;
        await command.ExecuteNonQueryAsync();

        command.CommandText = "UPDATE audit_events SET outcome = 'Failed' WHERE id = 'aud_x'";
        await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        command.CommandText = "DELETE FROM audit_events WHERE id = 'aud_x'";
        await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
    }
}
