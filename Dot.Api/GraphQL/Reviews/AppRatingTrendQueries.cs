using Dot.Api.GraphQL.Analytics;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Reviews;

public static class AppRatingTrendQueries
{
    public static void AddAppRatingTrendQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RatingPointType>>>>("appRatingTrend")
            .DashboardQuery(
                "App-store reviews per interval of the time they were written, and their average rating (1 to 5), one point per interval from 'from' to 'to', empty intervals included.",
                AnalyticsComplexity.Scan, DataClassification.Public)
            .InWindow("Reviews written")
            .PerInterval()
            .ResolveAsync(async context =>
            {
                var window = context.AnalyticsWindow();
                var trend = context.Checked(new RatingTrendQuery(await context.AnalyticsScopeAsync(), window, context.Histogram()));
                return await context.AnswerAsync(trend);
            });
    }
}

public sealed class RatingPointType : ObjectGraphType<RatingBucket>
{
    public RatingPointType()
    {
        Name = "RatingPoint";
        Description = "The reviews of one interval of a rating trend.";
        Field<NonNullGraphType<DateTimeGraphType>>("bucket").Description("The start of the interval (UTC).").Resolve(c => c.Source.Start.UtcDateTime);
        Field<NonNullGraphType<LongGraphType>>("count").Resolve(c => c.Source.Count);
        Field<FloatGraphType>("averageRating").Description("The mean of their ratings; null when no review was written in the interval.").Resolve(c => c.Source.AverageRating);
    }
}
