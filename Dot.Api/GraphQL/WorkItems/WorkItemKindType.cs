using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

/// <summary>The GraphQL enum <c>WorkItemType</c>: epic, story, defect, task.</summary>
public sealed class WorkItemKindType : EnumerationGraphType<Dot.Domain.WorkItems.WorkItemType>
{
    public WorkItemKindType()
    {
        Name = "WorkItemType";
    }
}
