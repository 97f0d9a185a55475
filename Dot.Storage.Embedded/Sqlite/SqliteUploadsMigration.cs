using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>
/// Rebuilds an <c>uploads</c> table of an earlier version, whose table constraints made the same bytes one upload
/// whatever its run or idempotency key, into the table of <see cref="SqliteSchema.UploadsTable"/> (SQLite cannot drop a
/// table constraint). The rows keep every column; the schema script then adds the uniqueness indexes.
/// </summary>
internal static class SqliteUploadsMigration
{
    private const string EarlierConstraint = "UNIQUE (tenant_id, dataset_id, content_sha256)";

    public static async Task ApplyAsync(SqliteConnection connection)
    {
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'uploads'";
        if (await probe.ExecuteScalarAsync() is not string sql || !sql.Contains(EarlierConstraint, StringComparison.Ordinal))
        {
            return;
        }
        await using var rebuild = connection.CreateCommand();
        rebuild.CommandText = $"""
            BEGIN IMMEDIATE;
            ALTER TABLE uploads RENAME TO uploads_earlier;
            {SqliteSchema.UploadsTable}
            INSERT INTO uploads SELECT * FROM uploads_earlier;
            DROP TABLE uploads_earlier;
            COMMIT;
            """;
        await rebuild.ExecuteNonQueryAsync();
    }
}
