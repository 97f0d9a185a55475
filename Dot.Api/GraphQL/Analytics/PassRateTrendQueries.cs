using Dot.Api.GraphQL.TestResults;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

public static class PassRateTrendQueries
{
    public static void AddPassRateTrendQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PassRatePointType>>>>("passRateTrend")
            .DashboardQuery("Test results counted by outcome per interval, one point per interval from 'from' to 'to', empty intervals included.", AnalyticsComplexity.Scan)
            .InWindow()
            .PerInterval()
            .Argument<TestResultFilterInputType>("filter", "Which results count; leave its from and to out, the window is this field's 'from' to 'to'.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TestResultFilterInput?>("filter");
                if (input?.From is not null || input?.To is not null)
                {
                    throw ResolveContextExtensions.InvalidInput("passRateTrend takes its window from its own 'from' and 'to'; leave them out of 'filter'.");
                }
                var buckets = await context.AggregateAsync(input?.ToFilter() ?? ResultFilter.None, [Metric.StatusCounts], context.Histogram());
                return buckets.Select(bucket => new PassRatePoint(bucket.Start!.Value, bucket.Statuses(Metric.StatusCounts))).ToList();
            });
    }
}

public sealed record PassRatePoint(DateTimeOffset Bucket, TestSummary Counts);

public sealed class PassRatePointType : ObjectGraphType<PassRatePoint>
{
    public PassRatePointType()
    {
        Name = "PassRatePoint";
        Description = "The results of one interval of a pass-rate trend.";
        Field<NonNullGraphType<DateTimeGraphType>>("bucket").Description("The start of the interval (UTC).").Resolve(c => c.Source.Bucket.UtcDateTime);
        Field<NonNullGraphType<LongGraphType>>("total").Resolve(c => c.Source.Counts.Total);
        Field<NonNullGraphType<LongGraphType>>("passed").Resolve(c => c.Source.Counts.Passed);
        Field<NonNullGraphType<LongGraphType>>("failed").Resolve(c => c.Source.Counts.Failed);
        Field<NonNullGraphType<LongGraphType>>("errored").Resolve(c => c.Source.Counts.Errored);
        Field<NonNullGraphType<LongGraphType>>("skipped").Resolve(c => c.Source.Counts.Skipped);
        Field<FloatGraphType>("passRate")
            .Description("passed / (passed + failed + errored), from 0 to 1; null when nothing ran in the interval.")
            .Resolve(c => c.Source.Counts.PassRate);
    }
}
