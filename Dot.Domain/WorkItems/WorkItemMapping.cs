using System.Collections.Frozen;

namespace Dot.Domain.WorkItems;

/// <summary>
/// How a tracker's issues become work items, per dataset: which issue types are epics, stories and defects, and which
/// custom fields hold severity, story points, sprint and epic link. Bound from configuration (every property has a
/// setter usable by the configuration binder; collections start empty or null so that bound values replace the
/// defaults instead of being appended to them). A blank field id means the field is not read.
/// </summary>
public sealed record WorkItemMapping
{
    /// <summary>Jira Cloud's "Story point estimate" (10016) and "Story Points" (10026), and Server/Data Center's usual "Story Points" (10002).</summary>
    public static readonly IReadOnlyList<string> DefaultStoryPointsFields = ["customfield_10016", "customfield_10026", "customfield_10002"];

    public const string DefaultSprintField = "customfield_10020";

    public const string DefaultEpicLinkField = "customfield_10014";

    /// <summary>The issue types that are not <see cref="WorkItemType.Task"/> unless <see cref="IssueTypes"/> says otherwise; case-insensitive.</summary>
    public static readonly IReadOnlyDictionary<string, WorkItemType> DefaultIssueTypes =
        new Dictionary<string, WorkItemType>(StringComparer.OrdinalIgnoreCase)
        {
            ["Epic"] = WorkItemType.Epic,
            ["Story"] = WorkItemType.Story,
            ["User Story"] = WorkItemType.Story,
            ["Bug"] = WorkItemType.Defect,
            ["Defect"] = WorkItemType.Defect,
            ["Incident"] = WorkItemType.Defect,
            ["Problem"] = WorkItemType.Defect,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static WorkItemMapping Default { get; } = new();

    /// <summary>Issue-type names (case-insensitive) mapped on top of <see cref="DefaultIssueTypes"/>; these win.</summary>
    public IReadOnlyDictionary<string, WorkItemType> IssueTypes { get; init; } = FrozenDictionary<string, WorkItemType>.Empty;

    /// <summary>The type of every issue type neither <see cref="IssueTypes"/> nor <see cref="DefaultIssueTypes"/> names (Task, Sub-task, Improvement, …).</summary>
    public WorkItemType OtherIssueTypes { get; init; } = WorkItemType.Task;

    /// <summary>The field id of severity (e.g. <c>customfield_10050</c>): an option <c>{"value": …}</c>, a string, or a list of them. None by default.</summary>
    public string? SeverityField { get; init; }

    /// <summary>Field ids that may hold story points, in order: the first that holds a number wins. Null means <see cref="DefaultStoryPointsFields"/>.</summary>
    public IReadOnlyList<string>? StoryPointsFields { get; init; }

    /// <summary>The sprint field: a list of sprint objects, or of Jira Server's legacy <c>…Sprint@…[id=…,name=…]</c> strings.</summary>
    public string? SprintField { get; init; } = DefaultSprintField;

    /// <summary>The company-managed epic-link field (the epic's key). Team-managed projects have none: there an epic is the parent.</summary>
    public string? EpicLinkField { get; init; } = DefaultEpicLinkField;

    /// <summary>The work-item type of an issue type, by name, case-insensitive; unknown or missing names are <see cref="OtherIssueTypes"/>.</summary>
    public WorkItemType TypeOf(string? issueTypeName)
    {
        var name = issueTypeName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return OtherIssueTypes;
        }

        foreach (var (configured, type) in IssueTypes)
        {
            if (string.Equals(configured.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return DefaultIssueTypes.TryGetValue(name, out var known) ? known : OtherIssueTypes;
    }

    /// <summary>The story-points field ids in effect: <see cref="StoryPointsFields"/>, or the defaults when it is null.</summary>
    public IReadOnlyList<string> EffectiveStoryPointsFields() => StoryPointsFields ?? DefaultStoryPointsFields;
}
