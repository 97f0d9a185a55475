using System.Globalization;
using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// An <see cref="AggregationQuery"/> as one scan: <c>SELECT keys, metrics FROM test_results WHERE … GROUP BY keys
/// ORDER BY … LIMIT …</c>. The histogram key is <see cref="DuckDbHistogram"/>'s, and the buckets no row fell into
/// are added afterwards. Every percentile comes from one <c>quantile_cont(duration_ms, [p, …])</c>, which sorts each
/// group's durations once however many percentiles are asked for.
/// </summary>
internal sealed class DuckDbAggregation
{
    private readonly AggregationQuery _query;
    private readonly DuckDbHistogram? _histogram;
    private readonly int _keyCount;
    private readonly List<Metric> _metrics;
    private readonly List<Metric> _percentiles;

    private DuckDbAggregation(AggregationQuery query)
    {
        _query = query;
        _histogram = query.Histogram is { } histogram ? new DuckDbHistogram(histogram, query.Window) : null;
        _keyCount = _histogram is not null ? 1 : query.GroupBy?.Fields.Count ?? 0;
        _metrics = query.Metrics.Where(m => m.Kind != MetricKind.Percentile).ToList();
        _percentiles = query.Metrics.Where(m => m.Kind == MetricKind.Percentile).ToList();
    }

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(DuckDBConnection connection, AggregationQuery query, CancellationToken cancellationToken)
    {
        if (DuckDbStatusAggregation.Serves(query))
        {
            return await DuckDbStatusAggregation.ReadAsync(connection, query, cancellationToken);
        }
        var aggregation = new DuckDbAggregation(query);
        using var command = aggregation.Sql().Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var buckets = new List<AggregateBucket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            buckets.Add(aggregation.Read(reader));
        }
        return query.Histogram is null ? buckets : WithEmptyBuckets(query, query.Histogram, buckets);
    }

    private DuckDbSql Sql()
    {
        var sql = new DuckDbSql().Append("SELECT ");
        var columns = 0;
        DuckDbSql Next() => sql.Append(columns++ == 0 ? string.Empty : ", ");

        if (_histogram is not null)
        {
            _histogram.AppendKey(Next());
        }
        foreach (var field in _query.GroupBy?.Fields ?? [])
        {
            Next().Append(Column(field));
        }
        for (var i = 0; i < _metrics.Count; i++)
        {
            Next().Metric(_metrics[i]).Append($" AS m{i}");
        }
        if (_percentiles.Count > 0)
        {
            Next().Append("quantile_cont(duration_ms, ").Values(_percentiles.Select(p => p.Percentile), "[", "]").Append(") AS quantiles");
        }
        sql.Append($" FROM {DuckDbSchema.TestResults}").Where(_query.Scope, _query.Window, _query.Filter);

        var keys = Enumerable.Range(1, _keyCount).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        if (keys.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", keys));
        }
        if (_query.GroupBy is { } groupBy)
        {
            sql.Append(" ORDER BY ");
            if (groupBy.Order.Metric is { } metric)
            {
                sql.Append($"{ColumnOf(metric)} {Direction(groupBy.Order.Direction)} NULLS LAST, ");
            }
            sql.Append(string.Join(", ", keys.Select(key => $"{key} ASC NULLS FIRST"))).Append(" LIMIT ").Value(groupBy.Size);
        }
        return sql;
    }

    private string ColumnOf(Metric metric) =>
        metric.Kind == MetricKind.Percentile ? $"quantiles[{_percentiles.IndexOf(metric) + 1}]" : $"m{_metrics.IndexOf(metric)}";

    private AggregateBucket Read(DuckDBDataReader reader)
    {
        var values = new Dictionary<Metric, object?>();
        var ordinal = _keyCount;
        foreach (var metric in _metrics)
        {
            values[metric] = DuckDbMetrics.Read(reader, metric, ref ordinal);
        }
        if (_percentiles.Count > 0)
        {
            var quantiles = reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<List<double>>(ordinal);
            for (var i = 0; i < _percentiles.Count; i++)
            {
                values[_percentiles[i]] = quantiles?[i];
            }
        }
        return _histogram is not null
            ? new AggregateBucket(_histogram.ReadStart(reader, 0), [], values)
            : new AggregateBucket(null, Enumerable.Range(0, _keyCount).Select(i => DuckDbValues.StringOrNull(reader, i)).ToList(), values);
    }

    private static List<AggregateBucket> WithEmptyBuckets(AggregationQuery query, DateHistogram histogram, List<AggregateBucket> found)
    {
        var byStart = found.ToDictionary(bucket => bucket.Start!.Value);
        return histogram.BucketStarts(query.Window)
            .Select(start => byStart.TryGetValue(start, out var bucket) ? bucket : AggregateBucket.Empty(start, query.Metrics))
            .ToList();
    }

    public static string Column(ResultField field) => field switch
    {
        ResultField.Dataset => "dataset_id",
        ResultField.Suite => "suite",
        ResultField.ClassName => "class_name",
        ResultField.Name => "name",
        ResultField.Environment => "environment",
        ResultField.Run => DuckDbResultConditions.RunId,
        ResultField.FailureType => "failure_type",
        ResultField.FailureFingerprint => "failure_fingerprint",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown result field."),
    };

    public static string Direction(SortDirection direction) => direction == SortDirection.Descending ? "DESC" : "ASC";
}
