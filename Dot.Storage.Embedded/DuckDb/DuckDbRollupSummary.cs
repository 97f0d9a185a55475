using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// <see cref="TestSummaryQuery"/> from the rollups: the whole days of the window from <c>rollup_dataset_days</c>,
/// the parts of days at its edges from <c>test_results</c>; exact, as one scan is.
/// </summary>
internal static class DuckDbRollupSummary
{
    public static async Task<TestSummary> ReadAsync(DuckDBConnection connection, TestSummaryQuery query, CancellationToken cancellationToken)
    {
        var days = await DuckDbRollupDays.CountsAsync(connection, query.Scope, await DuckDbDayCover.ReadAsync(connection, query.Scope, query.From, query.To, cancellationToken), cancellationToken);
        return days.Aggregate(TestSummary.Empty, (summary, day) => summary.Plus(day.Counts));
    }
}
