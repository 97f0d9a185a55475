using Dot.Domain.Analytics;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The test-day rows a duration reader sums over a window: <c>rollup_test_days</c> for its whole days, and for the parts
/// of days at its edges one row per measured execution (final, not skipped) in <c>test_results</c>, with the same
/// columns (<see cref="DuckDbDayCover"/>).
/// </summary>
internal static class DuckDbMeasuredDays
{
    /// <summary>
    /// Starts a statement with <c>WITH days AS (…)</c>: <paramref name="columns"/> of the rollup rows, and
    /// <paramref name="edgeColumns"/> (the same columns computed from one execution) of the edges' executions.
    /// </summary>
    public static DuckDbSql With(DuckDbDayCover cover, AnalyticsScope scope, string columns, string edgeColumns) =>
        cover.Rows(new DuckDbSql().Append("WITH days AS ("), columns, DuckDbSchema.TestDays, scope,
                (edges, where) => where(edges.Append($"SELECT {edgeColumns} FROM {DuckDbSchema.TestResults}")).Append(" AND status <> 3"))
            .Append(")");
}
