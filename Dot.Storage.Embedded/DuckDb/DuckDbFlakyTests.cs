using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="FlakyTestsQuery"/> as one scan: final executions grouped per history (dataset and test) and run into
/// one outcome per run (failed when any failed or errored; only-skipped runs left out), ordered per history by the
/// time the test first ran in each run, flaky where flagged or where a fail sits between a pass before and a pass
/// after (<c>lag</c>/<c>lead</c>), then summed per test. Every (test, run) pair of the window is a group, so the
/// groups are keyed by 64-bit hashes of the names rather than the names themselves (measured here: a quarter less
/// time on a million rows); two tests colliding would need billions of them.
/// </summary>
internal static class DuckDbFlakyTests
{
    private static readonly string Sql = $"""
        WITH runs AS (
            SELECT hash(dataset_id, suite, class_name, name) AS history, hash(suite, class_name, name) AS test,
                   hash({DuckDbResultConditions.RunId}) AS run, any_value(suite) AS suite, any_value(class_name) AS class_name,
                   any_value(name) AS name, min(ts) AS started, max(ts) AS ended,
                   bool_or(status IN (1, 2)) AS failed, bool_or(flaky) AS flagged
            FROM {DuckDbSchema.TestResults}
        """;

    private const string Tail = """
              AND status <> 3
            GROUP BY history, test, run
        ), neighbours AS (
            SELECT *, lag(failed) OVER history AS failed_before, lead(failed) OVER history AS failed_after
            FROM runs
            WINDOW history AS (PARTITION BY history ORDER BY started, run)
        ), marked AS (
            SELECT *, flagged OR coalesce(failed AND NOT failed_before AND NOT failed_after, false) AS flaky_run FROM neighbours
        )
        SELECT any_value(suite), any_value(class_name), any_value(name), count(*) AS test_runs,
               count(*) FILTER (WHERE flaky_run) AS test_flaky_runs, max(ended) FILTER (WHERE flaky_run) AS last_flaky_at
        FROM marked
        """;

    /// <summary>The tests' order and limit, after a select of suite, class, name, <c>test_runs</c> and <c>test_flaky_runs</c> per <c>test</c>.</summary>
    public const string Ranking = """

        GROUP BY test
        HAVING test_flaky_runs > 0
        ORDER BY test_flaky_runs DESC, test_flaky_runs / test_runs DESC, 1 ASC NULLS FIRST, 2 ASC NULLS FIRST, 3 ASC
        LIMIT
        """;

    public static async Task<IReadOnlyList<FlakyTest>> ReadAsync(DuckDBConnection connection, FlakyTestsQuery query, CancellationToken cancellationToken)
    {
        var sql = new DuckDbSql().Append(Sql).Where(query.Scope, query.Window).Append(Tail).Append(Ranking).Append(" ").Value(query.Limit);
        return await ReadAsync(sql, connection, cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/>, which selects suite, class, name, runs, flaky runs and the last flaky time, and reads its tests.</summary>
    public static async Task<IReadOnlyList<FlakyTest>> ReadAsync(DuckDbSql sql, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var tests = new List<FlakyTest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tests.Add(new FlakyTest(
                new TestKey(DuckDbValues.StringOrNull(reader, 0), DuckDbValues.StringOrNull(reader, 1), reader.GetString(2)),
                reader.GetInt64(3),
                reader.GetInt64(4),
                DuckDbValues.Utc(reader.GetDateTime(5))));
        }
        return tests;
    }
}
