using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>Executions counted by status: a terms aggregation over the four status values, read back as a <see cref="TestSummary"/>.</summary>
internal static class StatusCounts
{
    public static Aggregation Aggregation { get; } = new() { Terms = new TermsAggregation("status", 4) };

    public static TestSummary Read(Aggregates aggregates, string name) =>
        aggregates.Buckets(name).Buckets.Aggregate(TestSummary.Empty,
            (summary, bucket) => summary.Add(StatusValues.ToStatus(bucket.Key.GetString()!), bucket.DocCount));
}
