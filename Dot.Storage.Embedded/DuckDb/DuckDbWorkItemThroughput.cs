using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>A <see cref="WorkItemThroughputQuery"/>: current Done items of the type, counted per bucket of their resolution time.</summary>
internal static class DuckDbWorkItemThroughput
{
    public static Task<IReadOnlyList<CountBucket>> ReadAsync(DuckDBConnection connection, WorkItemThroughputQuery query, CancellationToken cancellationToken) =>
        DuckDbTimeBuckets.ReadAsync(
            connection, query, DuckDbSchema.WorkItems, "resolved", "count(*)",
            sql => sql.WhereCurrent(query.Scope, query.Type).Append(" AND ").IsDone(),
            (start, reader) => new CountBucket(start, reader.GetInt64(1)),
            start => new CountBucket(start, 0),
            cancellationToken);
}
