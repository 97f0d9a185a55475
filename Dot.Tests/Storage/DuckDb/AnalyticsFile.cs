using DuckDB.NET.Data;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>The embedded analytics store's DuckDB file in a data folder, opened directly while its store is closed: to read or change what the store keeps.</summary>
internal static class AnalyticsFile
{
    public static DuckDBConnection Open(TempFolder folder)
    {
        var connection = new DuckDBConnection($"Data Source={Path.Combine(folder.Path, "analytics.duckdb")}");
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> on the file; the rows it changed.</summary>
    public static int Execute(TempFolder folder, string sql, params DuckDBParameter[] parameters)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }
        return command.ExecuteNonQuery();
    }
}
