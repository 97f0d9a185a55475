using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Each <see cref="Metric"/> but percentiles (see <see cref="DuckDbAggregation"/>) as SQL aggregate expressions (one
/// column, or four for status counts), and back.
/// </summary>
internal static class DuckDbMetrics
{
    /// <summary>Appends the select-list expression of <paramref name="metric"/>; a percentile's fraction travels as a parameter.</summary>
    public static DuckDbSql Metric(this DuckDbSql sql, Metric metric) => metric.Kind switch
    {
        MetricKind.Count => sql.Append("count(*)"),
        MetricKind.StatusCounts => sql.Append(string.Join(", ", Enumerable.Range(0, 4).Select(code => $"count(*) FILTER (WHERE status = {code})"))),
        MetricKind.DistinctTests => sql.Append("count(DISTINCT (suite, class_name, name))"),
        MetricKind.Average => sql.Append($"avg({Column(metric)})"),
        MetricKind.Min => sql.Append($"min({Column(metric)})"),
        MetricKind.Max => sql.Append($"max({Column(metric)})"),
        // The latest execution by time, then upload and position, which together are unique: no tie to break at random.
        MetricKind.Latest => sql.Append($"arg_max({Column(metric)}, (ts, upload_id, ordinal))"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "Unknown metric."),
    };

    /// <summary>Reads the value of <paramref name="metric"/> at <paramref name="ordinal"/>, moving past its columns.</summary>
    public static object? Read(DuckDBDataReader reader, Metric metric, ref int ordinal)
    {
        var at = ordinal;
        if (metric.Kind == MetricKind.StatusCounts)
        {
            ordinal += 4;
            long passed = reader.GetInt64(at), failed = reader.GetInt64(at + 1), errored = reader.GetInt64(at + 2), skipped = reader.GetInt64(at + 3);
            return new TestSummary(passed + failed + errored + skipped, passed, failed, errored, skipped);
        }
        ordinal++;
        if (metric.Kind is MetricKind.Count or MetricKind.DistinctTests)
        {
            return reader.GetInt64(at);
        }
        if (reader.IsDBNull(at))
        {
            return null;
        }
        return metric.Field switch
        {
            MetricField.Duration => reader.GetDouble(at),
            MetricField.Timestamp => DuckDbValues.Utc(reader.GetDateTime(at)),
            _ => reader.GetString(at),
        };
    }

    private static string Column(Metric metric) => metric.Field switch
    {
        MetricField.Duration => "duration_ms",
        MetricField.Timestamp => "ts",
        MetricField.FailureMessage => "failure_message",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Field, "Unknown metric field."),
    };
}
