using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>Adds the columns later versions added to a table of an earlier file (CREATE TABLE IF NOT EXISTS leaves an existing table as it is).</summary>
internal static class SqliteColumnMigration
{
    private static readonly (string Table, string Column, string Definition)[] Added =
    [
        ("datasets", "retention_days", "INTEGER"),
    ];

    public static async Task ApplyAsync(SqliteConnection connection)
    {
        foreach (var (table, column, definition) in Added)
        {
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column";
            probe.Parameters.AddWithValue("$table", table);
            probe.Parameters.AddWithValue("$column", column);
            var columns = (long)(await probe.ExecuteScalarAsync())!;
            var tableExists = await TableExistsAsync(connection, table);
            if (!tableExists || columns > 0)
            {
                continue;
            }
            await using var add = connection.CreateCommand();
            add.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
            await add.ExecuteNonQueryAsync();
        }
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
        command.Parameters.AddWithValue("$table", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
