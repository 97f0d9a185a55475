using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// An <see cref="AggregationQuery"/>: the final executions in a filter context, bucketed by a
/// <c>date_histogram</c> (<see cref="Histograms"/>), by a composite aggregation over the group-by's fields (every
/// group, null keys included through <c>missing_bucket</c>, then ordered and cut here, so the order and the ties are
/// exact rather than a terms aggregation's per-shard estimate), or in one <c>filter</c> bucket; metrics beneath.
/// </summary>
internal static class AggregationReader
{
    private const string Name = "buckets";

    public static async Task<IReadOnlyList<AggregateBucket>> ReadAsync(TenantIndex index, AggregationQuery query, CancellationToken cancellationToken)
    {
        var metrics = new MetricAggregations(query.Metrics);
        var conditions = ResultConditions.Final(query.Window, query.Filter);
        if (query.GroupBy is { } groupBy)
        {
            var sources = groupBy.Fields.Select((field, i) => ($"f{i}", ResultConditions.FieldOf(field))).ToList();
            var groups = await Composite.AllAsync(index, DocumentKind.Results, query.Scope, conditions, sources, metrics.Aggregations, cancellationToken);
            var buckets = groups.Select(group => new AggregateBucket(null, sources.Select(source => group.KeyOf(source.Item1)).ToList(), metrics.Read(group)));
            return buckets.Order(new BucketComparer(groupBy.Order)).Take(groupBy.Size).ToList();
        }
        var aggregation = query.Histogram is { } histogram
            ? new Aggregation { DateHistogram = Histograms.Of("ts", histogram, query.Window), Aggs = metrics.Aggregations }
            : new Aggregation { Filter = Query.All([]), Aggs = metrics.Aggregations };
        var response = await index.SearchAsync(DocumentKind.Results, query.Scope, new SearchRequest
        {
            Query = conditions,
            Aggs = new Dictionary<string, Aggregation> { [Name] = aggregation },
        }, cancellationToken);
        if (query.Histogram is null)
        {
            return [new AggregateBucket(null, [], metrics.Read(response.Aggregates.Get<BucketResult>(Name)))];
        }
        return Histograms.Fill(query.Histogram, query.Window, response.Aggregates.Buckets(Name),
            (start, bucket) => new AggregateBucket(start, [], metrics.Read(bucket)),
            start => AggregateBucket.Empty(start, query.Metrics));
    }

    /// <summary>By the order's metric (nulls last), then by the keys ascending, nulls first; ordinal text comparison.</summary>
    private sealed class BucketComparer(BucketOrder order) : IComparer<AggregateBucket>
    {
        public int Compare(AggregateBucket? x, AggregateBucket? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            if (order.Metric is { } metric)
            {
                var (a, b) = (x.Values[metric], y.Values[metric]);
                if (a is null || b is null)
                {
                    if (a is not null || b is not null)
                    {
                        return a is null ? 1 : -1;
                    }
                }
                else if (Comparer<object>.Default.Compare(a, b) is var byMetric and not 0)
                {
                    return order.Direction == SortDirection.Descending ? -byMetric : byMetric;
                }
            }
            for (var i = 0; i < x.Key.Count; i++)
            {
                if (CompareKeys(x.Key[i], y.Key[i]) is var byKey and not 0)
                {
                    return byKey;
                }
            }
            return 0;
        }
    }

    /// <summary>Keys ascending, null first, by ordinal comparison.</summary>
    public static int CompareKeys(string? x, string? y) =>
        x is null ? (y is null ? 0 : -1) : y is null ? 1 : string.CompareOrdinal(x, y);
}
