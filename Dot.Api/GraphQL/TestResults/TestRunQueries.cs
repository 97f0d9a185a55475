using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;
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
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                var pageSize = context.PageSize();
                var afterText = context.GetArgument<string?>("after");
                var after = afterText is null ? null : TestRunCursor.Decode(afterText) ?? throw ResolveContextExtensions.InvalidInput("'after' is not a cursor of this connection.");
                var fetched = await context.GetService<IAnalyticsStore>()
                    .ListTestRunsAsync(new TestRunsQuery(dataset.TenantId, dataset.Id, pageSize + 1, after), context.CancellationToken);
                return Paging.ToConnection(fetched, pageSize, run => TestRunCursor.Of(run).Encode(), hasPrevious: after is not null);
            });
    }
}
