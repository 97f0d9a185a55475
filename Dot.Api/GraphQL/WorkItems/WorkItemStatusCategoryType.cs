using Dot.Domain.WorkItems;
using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

/// <summary>The GraphQL enum <c>WorkItemStatusCategory</c>: unknown, to do, in progress, done.</summary>
public sealed class WorkItemStatusCategoryType : EnumerationGraphType<WorkItemStatusCategory>
{
    public WorkItemStatusCategoryType()
    {
        Name = "WorkItemStatusCategory";
    }
}
