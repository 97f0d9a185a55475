using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// An <see cref="AggregationQuery"/> from the rollups where its shape allows it (the pass-rate trend, the top
/// failures, the slowest tests), else one scan of <c>test_results</c> (<see cref="DuckDbAggregation"/>).
/// </summary>
internal static class DuckDbRollupAggregation
{
    public static Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        if (DuckDbRollupTrend.Serves(query))
        {
            return DuckDbRollupTrend.ReadAsync(connection, query, cancellationToken);
        }
        if (DuckDbRollupSlowestTests.Serves(query))
        {
            return DuckDbRollupSlowestTests.ReadAsync(connection, query, cancellationToken);
        }
        return DuckDbRollupFailures.Serves(query)
            ? DuckDbRollupFailures.ReadAsync(connection, query, cancellationToken)
            : DuckDbAggregation.ReadAsync(connection, query, cancellationToken);
    }
}
