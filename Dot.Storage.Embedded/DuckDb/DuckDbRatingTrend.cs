using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>A <see cref="RatingTrendQuery"/>: reviews and their mean rating per bucket of the time they were written.</summary>
internal static class DuckDbRatingTrend
{
    public static Task<IReadOnlyList<RatingBucket>> ReadAsync(DuckDBConnection connection, RatingTrendQuery query, CancellationToken cancellationToken) =>
        DuckDbTimeBuckets.ReadAsync(
            connection, query, DuckDbSchema.Reviews, "reviewed_at", "count(*), avg(rating)",
            sql => sql.WhereIn(query.Scope),
            (start, reader) => new RatingBucket(start, reader.GetInt64(1), reader.GetDouble(2)),
            start => new RatingBucket(start, 0, null),
            cancellationToken);
}
