using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A trend as one scan: <c>SELECT bucket, metrics FROM table WHERE … GROUP BY 1</c>, the bucket that of a TIMESTAMP
/// column, then every bucket of the window in order. The caller gives the metric columns (<c>count(*), …</c>), its
/// WHERE clause (the window on the column is added here), how to read a bucket whose metrics start at column 1, and
/// how to make one no row fell into.
/// </summary>
internal static class DuckDbTimeBuckets
{
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        DuckDBConnection connection, TrendQuery query, string table, string column, string metrics, Func<DuckDbSql, DuckDbSql> where,
        Func<DateTimeOffset, DuckDBDataReader, T> read, Func<DateTimeOffset, T> empty, CancellationToken cancellationToken)
    {
        var histogram = new DuckDbHistogram(query.Histogram, query.Window, column);
        var sql = histogram.AppendKey(new DuckDbSql().Append("SELECT ")).Append($", {metrics} FROM {table}");
        where(sql).Within(column, query.Window).Append(" GROUP BY 1");

        var found = new Dictionary<DateTimeOffset, T>();
        using (var command = sql.Command(connection))
        await using (var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var start = histogram.ReadStart(reader, 0);
                found[start] = read(start, reader);
            }
        }
        return query.Histogram.BucketStarts(query.Window).Select(start => found.TryGetValue(start, out var bucket) ? bucket : empty(start)).ToList();
    }
}
