using Dot.Api.Auth;
using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.TestResults;

public static class TestRunQueries
{
    public static void AddTestRunQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<TestRunType, EdgeType<TestRunType>>>>("testRuns")
            .Classified(DataClassification.Restricted, "The test runs of a dataset, the most recently uploaded first.")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context => await context.DatasetPageAsync(
                (dataset, limit, after) => context.AnswerAsync(
                    new TestRunsQuery(AnalyticsScope.Of(dataset.TenantId, dataset.Id), limit, DecodeCursor(after))),
                run => TestRunCursor.Of(run).Encode()));
    }

    private static TestRunCursor? DecodeCursor(string? after) =>
        after is null ? null : TestRunCursor.Decode(after) ?? throw ResolveContextExtensions.InvalidInput("'after' is not a cursor of this connection.");
}
