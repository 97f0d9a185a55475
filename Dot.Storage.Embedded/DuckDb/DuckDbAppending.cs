using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Streams documents into a table through DuckDB's appender (column-wise chunks, no per-row SQL), checking that each
/// document belongs to the upload being written; each row is told its position in the upload (0, 1, …). Runs inside the caller's transaction (or, into a staging table,
/// outside one); on any failure the rows not yet flushed are dropped, and the caller's rollback (or never publishing
/// the staging table) drops the rest. The appender is closed and opened again every <see cref="RowsPerAppender"/>
/// rows: DuckDB's appender buffers rows in memory outside its <c>memory_limit</c> until it flushes (every 204,800 rows
/// by default, about 70 MB of a JUnit report's rows), and a closed appender has handed its rows to the transaction,
/// whose storage is bounded and written out by row group.
/// </summary>
internal static class DuckDbAppending
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>Eight of DuckDB's 2,048-row vectors: small next to a 122,880-row row group, few appenders per upload.</summary>
    internal const int RowsPerAppender = 16_384;

    public static long Append<T>(
        DuckDBConnection connection, string table, string tenantId, string uploadId, IEnumerable<T> documents,
        Func<T, (string TenantId, string UploadId)> ownerOf, Action<DuckDBAppender, T, long> appendRow, CancellationToken cancellationToken)
        where T : class
    {
        DuckDBAppender? appender = connection.CreateAppender(table);
        long count = 0;
        try
        {
            foreach (var document in documents)
            {
                if (count % CancellationCheckInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (count > 0 && count % RowsPerAppender == 0)
                {
                    appender.Close();
                    // Closed: should opening the next one fail, there is nothing to discard.
                    appender = null;
                    appender = connection.CreateAppender(table);
                }
                if (Misfit(document, ownerOf, tenantId, uploadId, count) is { } problem)
                {
                    throw new ArgumentException(problem, nameof(documents));
                }
                appendRow(appender, document, count);
                count++;
            }
            appender.Close();
            return count;
        }
        catch
        {
            if (appender is not null)
            {
                Discard(appender);
            }
            throw;
        }
    }

    /// <summary>Why <paramref name="document"/> may not be stored with this upload, or null when it may.</summary>
    private static string? Misfit<T>(T? document, Func<T, (string TenantId, string UploadId)> ownerOf, string tenantId, string uploadId, long index)
        where T : class
    {
        if (document is null)
        {
            return $"Document {index} is null.";
        }
        var (documentTenant, documentUpload) = ownerOf(document);
        return string.Equals(documentTenant, tenantId, StringComparison.Ordinal)
            && string.Equals(documentUpload, uploadId, StringComparison.Ordinal)
                ? null
                : $"Document {index} belongs to another tenant or upload than the one being replaced.";
    }

    /// <summary>Drops the unflushed rows and releases the appender without letting a second error hide the first.</summary>
    private static void Discard(DuckDBAppender appender)
    {
        try
        {
            try
            {
                appender.Clear();
            }
            finally
            {
                appender.Dispose();
            }
        }
        catch (DuckDBException)
        {
            // The appender is already broken by the failure being propagated; the rollback discards its rows.
        }
    }
}
