using Dot.Api.Auth;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Datasets;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;
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
            .ResolveAsync(async context =>
            {
                var dataset = await context.RequireDatasetAsync(context.GetArgument<string>("datasetId"));
                var pageSize = context.PageSize();
                var after = context.GetArgument<string?>("after");
                var query = new WorkItemsQuery(dataset.TenantId, dataset.Id, context.GetArgument<Dot.Domain.WorkItems.WorkItemType?>("type"), pageSize + 1, after);
                var fetched = await context.GetService<IAnalyticsStore>().ListWorkItemsAsync(query, context.CancellationToken);
                return Paging.ToConnection(fetched, pageSize, item => item.Item.Key, hasPrevious: after is not null);
            });
    }
}
