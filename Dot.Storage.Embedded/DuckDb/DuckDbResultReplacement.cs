using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Replaces an upload's results inside the writer's transaction: deletes what an earlier attempt stored (a first
/// attempt has nothing to delete, and <see cref="DuckDbStoredUploads"/> says so without touching the results),
/// appends the new rows, records the upload's runs, and lets the new rows supersede what they repeat.
/// </summary>
internal static class DuckDbResultReplacement
{
    private const string DeleteSpan = $"""
        DELETE FROM {DuckDbSchema.TestResults}
        WHERE tenant_id = $tenant AND upload_id = $upload AND received_at BETWEEN $from AND $to
        """;

    public static long Replace(
        DuckDBConnection connection, string tenantId, string uploadId, IEnumerable<TestResultDocument> results, CancellationToken cancellationToken)
    {
        DeleteStored(connection, tenantId, uploadId);
        var spans = new DuckDbRunSpans();
        var count = DuckDbAppending.Append(
            connection, DuckDbSchema.TestResults, tenantId, uploadId, results, DuckDbResultRows.OwnerOf,
            (appender, result, ordinal) =>
            {
                spans.Add(result);
                DuckDbResultRows.Append(appender, result, ordinal);
            },
            cancellationToken);
        DuckDbStoredUploads.Record(connection, tenantId, uploadId, spans.All);
        foreach (var span in spans.All)
        {
            DuckDbRunSupersession.Apply(connection, tenantId, uploadId, span);
        }
        return count;
    }

    /// <summary>Deletes the upload's stored results (an earlier attempt's, or all of them for retention); returns how many.</summary>
    public static long DeleteStored(DuckDBConnection connection, string tenantId, string uploadId)
    {
        var earlier = DuckDbStoredUploads.Of(connection, tenantId, uploadId);
        if (earlier.Count == 0)
        {
            return 0;
        }
        using var delete = connection.Command(DeleteSpan).With("tenant", tenantId).With("upload", uploadId)
            .With("from", earlier.Min(span => span.From)).With("to", earlier.Max(span => span.To));
        var deleted = delete.ExecuteNonQuery();
        DuckDbStoredUploads.Forget(connection, tenantId, uploadId);
        return deleted;
    }
}
