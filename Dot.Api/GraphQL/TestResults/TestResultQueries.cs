using Dot.Api.Auth;
using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.TestResults;

public static class TestResultQueries
{
    public static void AddTestResultQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<TestResultType, EdgeType<TestResultType>>>>("testResults")
            .Classified(DataClassification.Restricted, "Test results (final executions) in the filter's window, newest first unless ordered otherwise.")
            .OverDatasets()
            .Argument<TestResultFilterInputType>("filter")
            .Argument<TestResultOrderInputType>("orderBy")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .WithComplexityImpact(AnalyticsComplexity.Scan)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TestResultFilterInput?>("filter");
                var filter = (input?.ToFilter() ?? ResultFilter.None).Checked();
                var window = context.AnalyticsWindow(input?.From, input?.To);
                var sort = context.GetArgument<TestResultOrderInput?>("orderBy")?.ToSort() ?? ResultSort.Newest;
                var pageSize = context.PageSize();
                var afterText = context.GetArgument<string?>("after");
                var after = afterText is null ? null
                    : TestResultCursor.Decode(afterText, sort) ?? throw ResolveContextExtensions.InvalidInput("'after' is not a cursor of this connection in this order.");
                var scope = await context.AnalyticsScopeAsync();

                var fetched = await context.AnswerAsync(new TestResultSearch(scope, window, filter, sort, pageSize + 1, after));
                return Paging.ToConnection(fetched, pageSize, hit => TestResultCursor.After(hit, sort).Encode(), hasPrevious: after is not null);
            });
    }
}
