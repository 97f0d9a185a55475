using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Runs work inside one DuckDB transaction on a connection: committed when the work returns, rolled back when it
/// throws, and the work's own exception is the one that propagates (a failing rollback never hides it); or reads in
/// one snapshot.
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

    /// <summary>
    /// Runs <paramref name="reads"/> in one transaction that is never committed: each of their statements sees the
    /// same committed state, whatever writers commit meanwhile.
    /// </summary>
    public static async Task<T> InSnapshotAsync<T>(this DuckDBConnection connection, Func<Task<T>> reads)
    {
        connection.Execute("BEGIN TRANSACTION");
        try
        {
            return await reads();
        }
        finally
        {
            RollBackQuietly(connection);
        }
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
