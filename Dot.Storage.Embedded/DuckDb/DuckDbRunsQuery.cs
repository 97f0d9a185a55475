using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A page of runs: results grouped by run (the run key, or the upload id for an upload sent without one), counting
/// final executions only, newest last upload first. Keyset paging on (last upload time, run id).
/// </summary>
internal static class DuckDbRunsQuery
{
    private static readonly string Head = $"""
        SELECT run_id, any_value(run_key), count(DISTINCT upload_id),
               count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 1),
               count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 3),
               coalesce(sum(duration_ms), 0), min(received_at), max(received_at), count(*) FILTER (WHERE flaky)
        FROM (SELECT *, coalesce(run_key, upload_id) AS run_id FROM {DuckDbSchema.TestResults}
        """;

    private const string Tail = """
         AND NOT superseded)
        GROUP BY run_id
        HAVING $after_at IS NULL OR max(received_at) < $after_at OR (max(received_at) = $after_at AND run_id < $after_run)
        ORDER BY max(received_at) DESC, run_id DESC
        LIMIT $limit
        """;

    public static async Task<IReadOnlyList<TestRunSummary>> ReadAsync(DuckDBConnection connection, TestRunsQuery query, CancellationToken cancellationToken)
    {
        using var command = new DuckDbSql().Append(Head).WhereIn(query.Scope).Append(Tail).Command(connection)
            .With("after_at", query.After?.LastUploadAt.UtcDateTime).With("after_run", query.After?.RunId)
            .With("limit", query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<TestRunSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            long passed = reader.GetInt64(3), failed = reader.GetInt64(4), errored = reader.GetInt64(5), skipped = reader.GetInt64(6);
            runs.Add(new TestRunSummary(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                (int)reader.GetInt64(2),
                new TestSummary(passed + failed + errored + skipped, passed, failed, errored, skipped),
                reader.GetDouble(7),
                DuckDbValues.Utc(reader.GetDateTime(8)),
                DuckDbValues.Utc(reader.GetDateTime(9)),
                reader.GetInt64(10)));
        }
        return runs;
    }
}
