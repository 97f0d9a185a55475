using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A date histogram's bucket key. Hours, days and weeks have a fixed width, so the key is integer arithmetic on the
/// microseconds since the first bucket's start (rows start at or after it, so integer division floors): cheaper per
/// row than <c>date_trunc</c>. Months vary in length and use <c>date_trunc('month', ts)</c>. Both give the starts
/// <see cref="DateHistogram"/> gives. The bucketed column is <c>ts</c> unless another TIMESTAMP column is named.
/// </summary>
internal sealed class DuckDbHistogram(DateHistogram histogram, TimeWindow window, string column = "ts")
{
    private readonly DateTimeOffset _origin = histogram.BucketOf(window.From);

    private long? WidthMicroseconds => histogram.Interval switch
    {
        HistogramInterval.Hour => 3_600_000_000L,
        HistogramInterval.Day => 86_400_000_000L,
        HistogramInterval.Week => 7 * 86_400_000_000L,
        _ => null,
    };

    public DuckDbSql AppendKey(DuckDbSql sql) =>
        WidthMicroseconds is { } width
            ? sql.Append($"(epoch_us({column}) - ").Value(Microseconds(_origin)).Append($") // {width}")
            : sql.Append($"date_trunc('month', {column})");

    public DateTimeOffset ReadStart(DuckDBDataReader reader, int ordinal) =>
        WidthMicroseconds is { } width
            ? _origin.AddTicks(reader.GetInt64(ordinal) * width * TimeSpan.TicksPerMicrosecond)
            : DuckDbValues.Utc(reader.GetDateTime(ordinal));

    private static long Microseconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
}
