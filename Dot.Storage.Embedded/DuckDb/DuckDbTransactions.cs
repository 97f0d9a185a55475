using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Runs work inside one DuckDB transaction on a connection: committed when the work returns, rolled back when it
/// throws, and the work's own exception is the one that propagates (a failing rollback never hides it).
/// </summary>
internal static class DuckDbTransactions
{
    public static T InTransaction<T>(this DuckDBConnection connection, Func<T> work)
    {
        connection.Execute("BEGIN TRANSACTION");
        T result;
        try
        {
            result = work();
        }
        catch
        {
            RollBackQuietly(connection);
            throw;
        }
        // A COMMIT that fails rolls the transaction back itself.
        connection.Execute("COMMIT");
        return result;
    }

    private static void RollBackQuietly(DuckDBConnection connection)
    {
        try
        {
            connection.Execute("ROLLBACK");
        }
        catch (DuckDBException)
        {
            // The transaction is already gone (DuckDB aborted it); closing the connection discards what is left.
        }
    }
}
