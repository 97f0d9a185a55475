using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage.Embedded;

/// <summary>The embedded configuration database: one SQLite file in WAL mode, its schema created on first use.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _initialized;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        var folder = options.Value.Embedded.FullPath;
        Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.Combine(folder, "config.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _initialized = new Lazy<Task>(InitializeAsync);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _initialized.Value;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task InitializeAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + SqliteSchema.Script;
        await command.ExecuteNonQueryAsync();
    }
}
