using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The embedded analytics database: one DuckDB file, opened with its schema on first use and held open by an
/// anchor connection until disposed. Every operation gets a connection of its own to that same in-process
/// database (DuckDB allows one process per file, and many connections, each with its own transaction, within it).
/// Connections opened before disposal keep the database alive until they close; none open after it. DuckDB's memory
/// is bounded (<see cref="EmbeddedStorageOptions.AnalyticsMemoryLimit"/>), and so is what a large upload's
/// transaction holds of its rows (decision 0019).
/// </summary>
internal sealed class DuckDbDatabase : IDisposable
{
    public const string FileName = "analytics.duckdb";

    private readonly string _connectionString;
    private readonly string _files;
    private readonly Lock _lock = new();
    private DuckDBConnection? _anchor;
    private bool _disposed;

    public DuckDbDatabase(EmbeddedStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.FullPath;
        OwnerOnly.CreateFolder(folder);
        _files = Path.Combine(folder, FileName);
        _connectionString = new DuckDBConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, FileName),
            // SQL here never reads or writes other files, and nothing is downloaded at run time.
            EnableExternalAccess = false,
            AutoinstallKnownExtensions = false,
            // Beyond it DuckDB spills to its default temp_directory, analytics.duckdb.tmp next to the file.
            ["memory_limit"] = options.AnalyticsMemoryLimit,
            // A transaction's appended rows are written to the file a row group (122,880 rows) at a time rather than
            // five at once (DuckDB's default), so a large upload keeps one row group in memory, not five.
            ["write_buffer_row_group_count"] = 1,
        }.ToString();
    }

    public DuckDBConnection Open()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _anchor ??= OpenAnchor();
            var connection = new DuckDBConnection(_connectionString);
            connection.Open();
            return connection;
        }
    }

    /// <summary>A query answers (the first opens the file) and the file is still there: DuckDB would go on writing to a deleted one, and lose it all at the next start.</summary>
    public void Probe()
    {
        using var connection = Open();
        connection.Execute("SELECT 1");
        if (!File.Exists(_files))
        {
            throw new InvalidOperationException("The analytics database file is missing.");
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            if (_anchor is not null)
            {
                Checkpoint(_anchor);
                _anchor.Dispose();
            }
            _anchor = null;
        }
    }

    /// <summary>Folds the write-ahead log into the database file now, rather than whenever DuckDB's last handle goes.</summary>
    private static void Checkpoint(DuckDBConnection anchor)
    {
        try
        {
            anchor.Execute("CHECKPOINT");
        }
        catch (DuckDBException)
        {
            // A transaction still running elsewhere keeps the log; DuckDB replays it on the next open.
        }
    }

    private DuckDBConnection OpenAnchor()
    {
        var anchor = new DuckDBConnection(_connectionString);
        try
        {
            anchor.Open();
            OwnerOnly.Restrict([_files, _files + ".wal"]);
            anchor.Execute(DuckDbSchema.Script);
            DuckDbSchemaUpgrade.Apply(anchor);
            return anchor;
        }
        catch
        {
            anchor.Dispose();
            throw;
        }
    }
}
