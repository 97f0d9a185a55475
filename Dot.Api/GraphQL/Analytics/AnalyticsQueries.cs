using Dot.Api.GraphQL.Reviews;
using Dot.Api.GraphQL.WorkItems;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Analytics;

/// <summary>The dashboard queries: each builds a query of the analytics model (Dot.Domain.Analytics) and never SQL.</summary>
public static class AnalyticsQueries
{
    public static void AddAnalyticsQueries(this ObjectGraphType query)
    {
        query.AddPassRateTrendQueries();
        query.AddFlakyTestQueries();
        query.AddSlowestTestQueries();
        query.AddTopFailureQueries();
        query.AddDefectSummaryQueries();
        query.AddDefectAgingQueries();
        query.AddWorkItemThroughputQueries();
        query.AddAppRatingTrendQueries();
    }
}
