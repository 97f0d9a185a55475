using Dot.Api.GraphQL.Analytics;
using Dot.Domain.Analytics;
using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

public static class DefectAgingQueries
{
    public static void AddDefectAgingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DefectAgeBucketType>>>>("defectAging")
            .DashboardQuery("""
                Defects open at 'at', counted by how long they had been open then: under 1 day, 1 to 7, 7 to 30, 30 to 90 and over
                90 days, every range answered. Open means created by then and not resolved by then (status category not DONE, or
                resolved after 'at'); the latest export of each key counts, and a defect without a creation time has no age.
                """, AnalyticsComplexity.Scan)
            .Argument<DateTimeGraphType>("at", "The instant the ages are taken at; default now, rounded up to the whole minute.")
            .ResolveAsync(async context =>
            {
                var at = context.GetInstant("at") ?? AnalyticsLimits.EndOfMinute(context.GetService<TimeProvider>().GetUtcNow());
                var aging = new DefectAgingQuery(await context.AnalyticsScopeAsync(), at);
                return await context.AnswerAsync(aging);
            });
    }
}

public sealed class DefectAgeBucketType : ObjectGraphType<DefectAgeCount>
{
    public DefectAgeBucketType()
    {
        Name = "DefectAgeBucket";
        Description = "The open defects whose age is from 'fromDays' (included) to 'toDays' (excluded).";
        Field<NonNullGraphType<IntGraphType>>("fromDays").Resolve(c => (int)c.Source.Age.From.TotalDays);
        Field<IntGraphType>("toDays").Description("Null for the last range, which has no end.").Resolve(c => (int?)c.Source.Age.To?.TotalDays);
        Field<NonNullGraphType<LongGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
