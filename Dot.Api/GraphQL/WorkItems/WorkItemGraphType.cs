using Dot.Domain.WorkItems;
using GraphQL.Types;

namespace Dot.Api.GraphQL.WorkItems;

/// <summary>A work item from a tracker export, as the latest upload of its key saw it.</summary>
public sealed class WorkItemGraphType : ObjectGraphType<WorkItemDocument>
{
    public WorkItemGraphType()
    {
        Name = "WorkItem";
        Description = "A work item (epic, story, defect, task) from a tracker export, as the latest upload of its key saw it. Restricted data, except projectKey (public).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Item.Key);
        Field<StringGraphType>("projectKey").Description("Public.").Resolve(c => c.Source.Item.ProjectKey);
        Field<NonNullGraphType<WorkItemKindType>>("type").Resolve(c => c.Source.Item.Type);
        Field<StringGraphType>("issueType").Description("The tracker's own name for the type, e.g. Bug.").Resolve(c => c.Source.Item.IssueType);
        Field<StringGraphType>("summary").Resolve(c => c.Source.Item.Summary);
        Field<StringGraphType>("status").Resolve(c => c.Source.Item.Status);
        Field<NonNullGraphType<WorkItemStatusCategoryType>>("statusCategory").Resolve(c => c.Source.Item.StatusCategory);
        Field<StringGraphType>("priority").Resolve(c => c.Source.Item.Priority);
        Field<StringGraphType>("severity").Resolve(c => c.Source.Item.Severity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("components").Resolve(c => c.Source.Item.Components);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("labels").Resolve(c => c.Source.Item.Labels);
        Field<DateTimeGraphType>("created").Resolve(c => c.Source.Item.Created?.UtcDateTime);
        Field<DateTimeGraphType>("updated").Resolve(c => c.Source.Item.Updated?.UtcDateTime);
        Field<DateTimeGraphType>("resolved").Resolve(c => c.Source.Item.Resolved?.UtcDateTime);
        Field<FloatGraphType>("storyPoints").Resolve(c => c.Source.Item.StoryPoints);
        Field<StringGraphType>("sprint").Resolve(c => c.Source.Item.Sprint);
        Field<StringGraphType>("parentKey").Resolve(c => c.Source.Item.ParentKey);
        Field<StringGraphType>("epicKey").Resolve(c => c.Source.Item.EpicKey);
        Field<StringGraphType>("assigneeName").Description("Personal data: the assignee's display name only.").Resolve(c => c.Source.Item.AssigneeName);
        Field<NonNullGraphType<IdGraphType>>("uploadId").Description("The upload this version of the item came from.").Resolve(c => c.Source.UploadId);
    }
}
