using Dot.Api.Auth;
using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Authorization;
using Dot.Domain.Analytics;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Dot.Api.GraphQL.WorkItems;

public static class WorkItemQueries
{
    public static void AddWorkItemQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<WorkItemGraphType, EdgeType<WorkItemGraphType>>>>("workItems")
            .Classified(DataClassification.Restricted, "The current work items of a dataset, by key, optionally of one type.")
            .Argument<NonNullGraphType<IdGraphType>>("datasetId")
            .Argument<WorkItemKindType>("type")
            .Paged()
            .AuthorizeWithPolicy(DotPolicies.TenantMember)
            .ResolveAsync(async context => await context.DatasetPageAsync(
                (dataset, limit, after) => context.AnswerAsync(
                    new WorkItemsQuery(AnalyticsScope.Of(dataset.TenantId, dataset.Id), context.GetArgument<Dot.Domain.WorkItems.WorkItemType?>("type"), limit, after)),
                item => item.Item.Key));
    }
}
