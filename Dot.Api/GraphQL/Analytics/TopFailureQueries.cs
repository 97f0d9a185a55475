using Dot.Domain.Analytics;
using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public static class TopFailureQueries
{
    private static readonly Metric LastSeen = Metric.Max(MetricField.Timestamp);
    private static readonly ResultFilter Failures = new() { Statuses = [TestStatus.Failed, TestStatus.Errored] };

    public static void AddTopFailureQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FailureGroupType>>>>("topFailures")
            .DashboardQuery("Failed and errored results in the window grouped by the fingerprint of their message, the most frequent first.", AnalyticsComplexity.Scan)
            .InWindow()
            .Top()
            .ResolveAsync(async context =>
            {
                var buckets = await context.AggregateAsync(
                    Failures, [Metric.Count, Metric.DistinctTests, LastSeen, Metric.LatestFailureMessage],
                    groupBy: new GroupBy([ResultField.FailureFingerprint], context.PageSize(), BucketOrder.Descending(Metric.Count)));
                return buckets.Select(bucket => new FailureGroup(
                    bucket.Key[0] ?? string.Empty, bucket.Text(Metric.LatestFailureMessage), bucket.Count(Metric.Count),
                    bucket.Count(Metric.DistinctTests), bucket.Time(LastSeen)!.Value)).ToList();
            });
    }
}

public sealed record FailureGroup(string Fingerprint, string? Message, long Count, long Tests, DateTimeOffset LastSeenAt);

public sealed class FailureGroupType : ObjectGraphType<FailureGroup>
{
    public FailureGroupType()
    {
        Name = "FailureGroup";
        Description = "Failures whose messages differ only in numbers, ids, paths, quoted text and times.";
        Field<NonNullGraphType<StringGraphType>>("fingerprint")
            .Description("The message with what varies replaced by <n>, <hex>, <guid>, <path>, <url>, <str> and <time>; empty for failures without a message.")
            .Resolve(c => c.Source.Fingerprint);
        Field<StringGraphType>("message").Description("The latest message of the group, as reported.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<LongGraphType>>("count").Description("Failed and errored results.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<LongGraphType>>("tests").Description("Distinct tests (suite, class, name) among them.").Resolve(c => c.Source.Tests);
        Field<NonNullGraphType<DateTimeGraphType>>("lastSeenAt").Description("When the latest of them ran.").Resolve(c => c.Source.LastSeenAt.UtcDateTime);
    }
}
