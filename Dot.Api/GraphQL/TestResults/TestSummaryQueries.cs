using Dot.Api.Auth;
using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;

namespace Dot.Api.GraphQL.TestResults;

public static class TestSummaryQueries
{
    public static void AddTestSummaryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TestSummaryType>>("testSummary")
            .Classified(DataClassification.Restricted, "Totals and pass rate of a dataset's test results, optionally for results timed in [from, to).")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .Argument<DateTimeGraphType>("from")
            .Argument<DateTimeGraphType>("to")
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                var from = context.GetInstant("from");
                var to = context.GetInstant("to");
                if (from >= to)
                {
                    throw ResolveContextExtensions.InvalidInput("'from' must be before 'to'.");
                }
                return await context.AnswerAsync(new TestSummaryQuery(AnalyticsScope.Of(dataset.TenantId, dataset.Id), from, to));
            });
    }
}
