namespace Dot.Domain.WorkItems;

/// <summary>
/// One work item (epic, story, defect, task) read from a tracker export, independent of the tracker.
/// The ingest pipeline adds tenant, dataset and upload; parsers know nothing of them.
/// Text fields are null when the export has no value, and cut to <c>ReportLimits.MaxNameLength</c> with a warning.
/// Every field's classification is in <see cref="WorkItemClassification"/>; <see cref="AssigneeName"/> is personal data.
/// </summary>
public sealed record ParsedWorkItem
{
    /// <summary>The tracker's key, e.g. <c>SHOP-123</c>; never empty.</summary>
    public required string Key { get; init; }

    /// <summary>The project the item belongs to, e.g. <c>SHOP</c>: the export's project key, else the key's prefix.</summary>
    public string? ProjectKey { get; init; }

    /// <summary>The tracker's name for the kind of item, e.g. <c>Bug</c>, <c>Sub-task</c>.</summary>
    public string? IssueType { get; init; }

    /// <summary><see cref="IssueType"/> mapped by <see cref="WorkItemMapping.TypeOf"/>.</summary>
    public WorkItemType Type { get; init; }

    public string? Summary { get; init; }

    /// <summary>The workflow status as the tracker names it, e.g. <c>In Review</c>.</summary>
    public string? Status { get; init; }

    public WorkItemStatusCategory StatusCategory { get; init; }

    public string? Priority { get; init; }

    /// <summary>The value of the configured severity field (<see cref="WorkItemMapping.SeverityField"/>).</summary>
    public string? Severity { get; init; }

    public IReadOnlyList<string> Components { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    public DateTimeOffset? Created { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>When the item was resolved; null while it is open.</summary>
    public DateTimeOffset? Resolved { get; init; }

    public double? StoryPoints { get; init; }

    /// <summary>The name of the item's active sprint, else of the last sprint it was in.</summary>
    public string? Sprint { get; init; }

    /// <summary>The key of the tracker's parent item (a sub-task's story, or a team-managed story's epic).</summary>
    public string? ParentKey { get; init; }

    /// <summary>The key of the epic the item belongs to: the epic-link field, else a parent that is an epic.</summary>
    public string? EpicKey { get; init; }

    /// <summary>The assignee's display name only. Personal data: never logged, never in warnings or <see cref="ToString"/>.</summary>
    public string? AssigneeName { get; init; }

    /// <summary>Names the item without any personal data, so that logging an item cannot leak the assignee.</summary>
    public override string ToString() => $"{nameof(ParsedWorkItem)} {{ Key = {Key}, Type = {Type}, StatusCategory = {StatusCategory} }}";
}
