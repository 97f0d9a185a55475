using Dot.Domain.Analytics;
using Dot.Domain.Results;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public static class SlowestTestQueries
{
    private static readonly Metric Median = Metric.DurationPercentile(0.5);
    private static readonly Metric P95 = Metric.DurationPercentile(0.95);
    private static readonly Metric Slowest = Metric.Max(MetricField.Duration);
    private static readonly ResultFilter Measured = new() { Statuses = [TestStatus.Passed, TestStatus.Failed, TestStatus.Errored] };

    public static void AddSlowestTestQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlowTestType>>>>("slowestTests")
            .DashboardQuery("The tests with the highest 95th-percentile duration in the window (skipped executions left out), slowest first.", AnalyticsComplexity.Scan)
            .InWindow()
            .Top()
            .ResolveAsync(async context =>
            {
                var buckets = await context.AggregateAsync(
                    Measured, [Metric.Count, Median, P95, Slowest], groupBy: GroupBy.Test(context.PageSize(), BucketOrder.Descending(P95)));
                return buckets.Select(bucket => new SlowTest(
                    new TestKey(bucket.Key[0], bucket.Key[1], bucket.Key[2]!), bucket.Count(Metric.Count),
                    bucket.Number(Median) ?? 0, bucket.Number(P95) ?? 0, bucket.Number(Slowest) ?? 0)).ToList();
            });
    }
}

public sealed record SlowTest(TestKey Test, long Runs, double P50, double P95, double Max);

public sealed class SlowTestType : ObjectGraphType<SlowTest>
{
    public SlowTestType()
    {
        Name = "SlowTest";
        Description = "A test and how long its executions in the window took, in milliseconds (percentiles interpolated).";
        this.AddTestKeyFields(slow => slow.Test);
        Field<NonNullGraphType<LongGraphType>>("runs").Description("How many executions were measured: final, not skipped (one per run for most tests).").Resolve(c => c.Source.Runs);
        Field<NonNullGraphType<FloatGraphType>>("p50").Resolve(c => c.Source.P50);
        Field<NonNullGraphType<FloatGraphType>>("p95").Resolve(c => c.Source.P95);
        Field<NonNullGraphType<FloatGraphType>>("max").Resolve(c => c.Source.Max);
    }
}
