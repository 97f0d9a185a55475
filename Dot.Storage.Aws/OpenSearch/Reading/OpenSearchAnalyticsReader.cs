using Dot.Domain.Analytics;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// The analytics reader on OpenSearch: each query type answered by its reader, every one through
/// <see cref="TenantIndex"/>, which filters on the query's scope and routes to its tenant.
/// </summary>
public sealed class OpenSearchAnalyticsReader(TenantIndex index) : IAnalyticsReader
{
    public Task<TResult> QueryAsync<TResult>(IAnalyticsQuery<TResult> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        object answer = query switch
        {
            TestSummaryQuery summary => SummaryReader.ReadAsync(index, summary, cancellationToken),
            AggregationQuery aggregation => AggregationReader.ReadAsync(index, aggregation, cancellationToken),
            TestResultSearch search => ResultSearchReader.ReadAsync(index, search, cancellationToken),
            TestRunsQuery runs => RunsReader.ReadAsync(index, runs, cancellationToken),
            FlakyTestsQuery flaky => FlakyReader.ReadAsync(index, flaky, cancellationToken),
            WorkItemsQuery items => WorkItemsReader.ReadAsync(index, items, cancellationToken),
            DefectSummaryQuery defects => DefectSummaryReader.ReadAsync(index, defects, cancellationToken),
            DefectAgingQuery aging => DefectAgingReader.ReadAsync(index, aging, cancellationToken),
            WorkItemThroughputQuery throughput => TrendReaders.ThroughputAsync(index, throughput, cancellationToken),
            RatingTrendQuery ratings => TrendReaders.RatingsAsync(index, ratings, cancellationToken),
            _ => throw new NotSupportedException($"The OpenSearch analytics store does not answer a {query.GetType().Name}."),
        };
        return (Task<TResult>)answer;
    }
}
