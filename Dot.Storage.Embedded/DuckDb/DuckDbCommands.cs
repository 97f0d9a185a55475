using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>Small helpers for parameterised DuckDB commands: values always travel as parameters.</summary>
internal static class DuckDbCommands
{
    public static DuckDBCommand Command(this DuckDBConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static DuckDBCommand With(this DuckDBCommand command, string name, object? value)
    {
        command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    public static void Execute(this DuckDBConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        command.ExecuteNonQuery();
    }
}
