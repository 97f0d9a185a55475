using System.Globalization;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Makes the rollup tables equal to what one scan of <c>test_results</c> would say for the days a write left stale
/// (<see cref="DuckDbStaleDays"/>): their rows are deleted and computed again from each day's final executions (or, for
/// a day that only got later executions, those merged in: <see cref="DuckDbRollupMerge"/>), and the days are no longer
/// stale, in one transaction. A rollup row depends on its own day alone, so this is exact
/// whatever the order uploads arrive in, and after supersession, retries and deletes alike; its cost follows the days
/// computed, whose rows DuckDB finds by the row groups' <c>ts</c> ranges. The days' tests are rolled up a part at a
/// time when they hold many results (<see cref="RowsPerPart"/>), so that the grouping holds a part's tests at once, not
/// all of them; every rollup row is one test's, so the parts are exact.
/// </summary>
internal static class DuckDbRollupRefresh
{
    private const string Slice = "tenant_id = $tenant AND dataset_id = $dataset AND day >= $first AND day < $end";

    private const string ResultsOfTheSlice = "tenant_id = $tenant AND dataset_id = $dataset AND ts >= $first AND ts < $end";

    // A day at ten-million density (110,000 results) is one part; one report of 860,000 results in a day, five.
    private const long RowsPerPart = 200_000;

    private const string CountRows = $"SELECT count(*) FROM {DuckDbSchema.TestResults} WHERE {ResultsOfTheSlice}";

    private static readonly string[] Deletes =
        [.. new[] { DuckDbSchema.TestDays, DuckDbSchema.FailureDays }.Select(table => $"DELETE FROM {table} WHERE {Slice}")];

    private const string DeleteDatasetDays = $"DELETE FROM {DuckDbSchema.DatasetDays} WHERE {Slice}";

    private static readonly string InsertTestDays = DuckDbTestDays.Select(
        new DuckDbSql().Append($"INSERT INTO {DuckDbSchema.TestDays} "), FinalRowsOfTheSlice).ToString();

    private static readonly string InsertFailureDays = DuckDbFailureDays.Select(
        new DuckDbSql().Append($"INSERT INTO {DuckDbSchema.FailureDays} "), FinalRowsOfTheSlice).ToString();

    private static readonly string InsertDatasetDays = DatasetDays($"WHERE {Slice}", $"WHERE {ResultsOfTheSlice}");

    private static readonly string[] Backfill =
    [
        DuckDbTestDays.Select(new DuckDbSql().Append($"INSERT INTO {DuckDbSchema.TestDays} "), EveryFinalRow).ToString(),
        DuckDbFailureDays.Select(new DuckDbSql().Append($"INSERT INTO {DuckDbSchema.FailureDays} "), EveryFinalRow).ToString(),
        DatasetDays("", ""),
        DuckDbSplitUploads.RecordAll,
    ];

    private static readonly string Missing = $"""
        SELECT NOT EXISTS (SELECT 1 FROM {DuckDbSchema.DatasetDays}) AND EXISTS (SELECT 1 FROM {DuckDbSchema.TestResults})
        """;

    /// <summary>
    /// Brings the rollups of <paramref name="span"/>'s days up to date, inside the caller's transaction, and clears them
    /// as stale: a day that only got later executions by merging those in (<see cref="DuckDbRollupMerge"/>), any other
    /// computed again.
    /// </summary>
    public static void Refresh(DuckDBConnection connection, StaleSpan span)
    {
        if (span.AppendedAfter)
        {
            for (var day = span.FirstDay; day <= span.LastDay; day = day.AddDays(1))
            {
                var oneDay = span with { FirstDay = day, LastDay = day };
                if (DuckDbRollupMerge.TryMerge(connection, span.TenantId, span.DatasetId, day))
                {
                    ComputeDatasetDays(connection, oneDay);
                }
                else
                {
                    Compute(connection, oneDay);
                }
            }
        }
        else
        {
            Compute(connection, span);
        }
        DuckDbStaleDays.Clear(connection, span);
    }

    /// <summary>Computes the rollups of <paramref name="span"/>'s days again from their results.</summary>
    private static void Compute(DuckDBConnection connection, StaleSpan span)
    {
        using var count = OfThe(connection, span, CountRows);
        var parts = (ulong)Math.Max(1, (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) + RowsPerPart - 1) / RowsPerPart);
        foreach (var delete in Deletes)
        {
            using var command = OfThe(connection, span, delete);
            command.ExecuteNonQuery();
        }
        for (ulong part = 0; part < parts; part++)
        {
            foreach (var insert in (string[])[InsertTestDays, InsertFailureDays])
            {
                using var command = OfThe(connection, span, insert).With("parts", parts).With("part", part);
                command.ExecuteNonQuery();
            }
        }
        ComputeDatasetDays(connection, span);
    }

    /// <summary>Computes the dataset-day rows of <paramref name="span"/>'s days again from their test-day rows, and their <c>covered_to</c>.</summary>
    private static void ComputeDatasetDays(DuckDBConnection connection, StaleSpan span)
    {
        foreach (var sql in (string[])[DeleteDatasetDays, InsertDatasetDays])
        {
            using var command = OfThe(connection, span, sql);
            command.ExecuteNonQuery();
        }
    }

    private static DuckDBCommand OfThe(DuckDBConnection connection, StaleSpan span, string sql) =>
        connection.Command(sql).With("tenant", span.TenantId).With("dataset", span.DatasetId)
            .With("first", span.FirstDay).With("end", span.LastDay.AddDays(1));

    /// <summary>Computes every rollup of a file written before they existed (results stored, no rollup yet); no day is stale then.</summary>
    public static void FillMissing(DuckDBConnection connection)
    {
        using var missing = connection.Command(Missing);
        if (missing.ExecuteScalar() is not true)
        {
            return;
        }
        foreach (var sql in Backfill)
        {
            connection.Execute(sql);
        }
        DuckDbStaleDays.ClearAll(connection);
    }

    /// <summary>
    /// The dataset-day rows of the test-day rows <paramref name="testDays"/> keeps, each with the latest execution time
    /// of its day among those <paramref name="results"/> keeps (superseded ones too: a bound is all it needs to be).
    /// </summary>
    private static string DatasetDays(string testDays, string results) => $"""
        INSERT INTO {DuckDbSchema.DatasetDays}
        SELECT tenant_id, dataset_id, day, sum(passed), sum(failed), sum(errored), sum(skipped), any_value(covered_to)
        FROM (SELECT * FROM {DuckDbSchema.TestDays} {testDays})
        JOIN (SELECT tenant_id, dataset_id, CAST(ts AS DATE) AS day, max(ts) AS covered_to FROM {DuckDbSchema.TestResults} {results}
              GROUP BY tenant_id, dataset_id, day) USING (tenant_id, dataset_id, day)
        GROUP BY tenant_id, dataset_id, day
        """;

    private static DuckDbSql FinalRowsOfTheSlice(DuckDbSql sql) =>
        sql.Append($" WHERE {ResultsOfTheSlice} AND NOT superseded")
            .Append(" AND hash(suite, class_name, name) % $parts = $part");

    private static DuckDbSql EveryFinalRow(DuckDbSql sql) => sql.Append(" WHERE NOT superseded");
}
