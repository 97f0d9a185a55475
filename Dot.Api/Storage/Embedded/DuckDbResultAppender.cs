using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Api.Storage.Embedded;

/// <summary>
/// Streams test result documents into <c>test_results</c> through DuckDB's appender (column-wise chunks, no
/// per-row SQL), checking that each document belongs to the upload being written. Runs inside the caller's
/// transaction; on any failure the rows not yet flushed are dropped and the caller's rollback drops the rest.
/// </summary>
internal static class DuckDbResultAppender
{
    private const int CancellationCheckInterval = 4096;

    public static long Append(
        DuckDBConnection connection, string tenantId, string uploadId, IEnumerable<TestResultDocument> results,
        CancellationToken cancellationToken)
    {
        var appender = connection.CreateAppender(DuckDbSchema.TestResults);
        long count = 0;
        try
        {
            foreach (var result in results)
            {
                if (count % CancellationCheckInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (Misfit(result, tenantId, uploadId, count) is { } problem)
                {
                    throw new ArgumentException(problem, nameof(results));
                }
                AppendRow(appender, result);
                count++;
            }
            appender.Close();
            return count;
        }
        catch
        {
            Discard(appender);
            throw;
        }
    }

    /// <summary>Why <paramref name="result"/> may not be stored with this upload, or null when it may.</summary>
    private static string? Misfit(TestResultDocument? result, string tenantId, string uploadId, long index)
    {
        if (result is null)
        {
            return $"Result {index} is null.";
        }
        return string.Equals(result.TenantId, tenantId, StringComparison.Ordinal)
            && string.Equals(result.UploadId, uploadId, StringComparison.Ordinal)
                ? null
                : $"Result {index} belongs to another tenant or upload than the one being replaced.";
    }

    private static void AppendRow(DuckDBAppender appender, TestResultDocument result) =>
        appender.CreateRow()
            .AppendValue(result.TenantId)
            .AppendValue(result.DatasetId)
            .AppendValue(result.UploadId)
            .AppendValue(result.RunKey)
            .AppendValue(result.Environment)
            .AppendValue(result.Suite)
            .AppendValue(result.ClassName)
            .AppendValue(result.Name)
            .AppendValue(DuckDbStatusCodes.Of(result.Status))
            .AppendValue(result.DurationMs)
            .AppendValue(result.FailureMessage)
            .AppendValue(result.FailureType)
            .AppendValue(result.Timestamp.UtcDateTime)
            .AppendValue(result.Flaky)
            .AppendValue(result.UploadedAt.UtcDateTime)
            .AppendValue(false)
            .EndRow();

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
