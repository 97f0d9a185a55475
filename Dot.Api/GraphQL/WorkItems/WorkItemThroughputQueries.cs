using Dot.Api.GraphQL.Analytics;
using Dot.Domain.Analytics;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

public static class WorkItemThroughputQueries
{
    public static void AddWorkItemThroughputQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThroughputPointType>>>>("workItemThroughput")
            .DashboardQuery("""
                Work items resolved per interval (status category DONE, by their resolution time; the latest export of each key
                counts), one point per interval from 'from' to 'to', empty intervals included.
                """, AnalyticsComplexity.Scan)
            .InWindow("Items resolved")
            .PerInterval()
            .Argument<WorkItemKindType>("type", "Only items of this type; omitted, every type.")
            .ResolveAsync(async context =>
            {
                var window = context.AnalyticsWindow();
                var throughput = context.Checked(new WorkItemThroughputQuery(
                    await context.AnalyticsScopeAsync(), window, context.Histogram(), context.GetArgument<Dot.Domain.WorkItems.WorkItemType?>("type")));
                return await context.AnswerAsync(throughput);
            });
    }
}

public sealed class ThroughputPointType : ObjectGraphType<CountBucket>
{
    public ThroughputPointType()
    {
        Name = "ThroughputPoint";
        Description = "The work items resolved in one interval.";
        Field<NonNullGraphType<DateTimeGraphType>>("bucket").Description("The start of the interval (UTC).").Resolve(c => c.Source.Start.UtcDateTime);
        Field<NonNullGraphType<LongGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
