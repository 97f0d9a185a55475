using Dot.Domain.Health;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>The embedded configuration database: one SQLite file in WAL mode, its schema created on first use.</summary>
public sealed class SqliteDatabase : IStoreProbe
{
    private readonly string _file;
    private readonly string _connectionString;
    private readonly Lazy<Task> _initialized;

    public SqliteDatabase(IOptions<EmbeddedStorageOptions> options)
    {
        var folder = options.Value.FullPath;
        OwnerOnly.CreateFolder(folder);
        _file = System.IO.Path.Combine(folder, "config.db");
        // SQLite creates its -wal and -shm files with the mode of the database file.
        OwnerOnly.CreateFile(_file);
        // The file exists from here on, so no connection may create it: one opened while an operator has moved the
        // file away fails instead of starting an empty configuration that would hide the loss.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _file,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _initialized = new Lazy<Task>(InitializeAsync);
    }

    public string Name => "config";

    /// <summary>
    /// The file is still there (an open connection would go on using a deleted file) and a configuration table answers.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_file))
        {
            throw new InvalidOperationException("The configuration database file is missing.");
        }
        await QueryAsync("SELECT count(*) FROM tenants", _ => { }, r => r.GetInt64(0), cancellationToken);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _initialized.Value;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs one parameterised statement; returns the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one parameterised query and maps every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public async Task<T?> QuerySingleAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
        where T : class? =>
        (await QueryAsync(sql, bind, map, cancellationToken)).FirstOrDefault();

    private async Task InitializeAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await SqliteUploadsMigration.ApplyAsync(connection);
        await SqliteColumnMigration.ApplyAsync(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + SqliteSchema.Script;
        await command.ExecuteNonQueryAsync();
    }
}
