using System.Collections.Frozen;
using System.Text.Json;
using Dot.Domain.WorkItems;

namespace Dot.Domain.Reports.Jira;

/// <summary>
/// Turns one issue of a Jira search response into a <see cref="ParsedWorkItem"/>, the same for API v2 and v3.
/// Keeps only what the work item holds: no description, comments, e-mail addresses or account ids.
/// Text is cut to <see cref="ReportLimits.MaxNameLength"/> with a warning; warnings never quote the assignee.
/// </summary>
internal sealed class JiraIssueMapper(WorkItemMapping mapping, ReportLimits limits, ParseWarnings warnings)
{
    /// <summary>By status category key (<c>new</c>, <c>indeterminate</c>, <c>done</c>) or, without one, by its name.</summary>
    private static readonly FrozenDictionary<string, WorkItemStatusCategory> Categories =
        new Dictionary<string, WorkItemStatusCategory>(StringComparer.OrdinalIgnoreCase)
        {
            ["new"] = WorkItemStatusCategory.ToDo,
            ["To Do"] = WorkItemStatusCategory.ToDo,
            ["indeterminate"] = WorkItemStatusCategory.InProgress,
            ["In Progress"] = WorkItemStatusCategory.InProgress,
            ["done"] = WorkItemStatusCategory.Done,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<string> _storyPointsFields = mapping.EffectiveStoryPointsFields();

    /// <summary>The work item, or null when the issue has no key.</summary>
    public ParsedWorkItem? Map(JsonElement issue)
    {
        var key = JiraJson.String(issue, "key");
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var subject = new WarningSubject("issue", key);
        var fields = JiraJson.Property(issue, "fields");
        if (fields.ValueKind != JsonValueKind.Object)
        {
            warnings.Add($"{subject} has no fields; only its key is kept");
        }

        var issueType = JiraJson.Name(fields, "issuetype");
        var status = JiraJson.Property(fields, "status");
        var parent = JiraJson.Property(fields, "parent");
        var parentKey = JiraJson.String(parent, "key");
        return new ParsedWorkItem
        {
            Key = Text(key, "key", subject)!,
            ProjectKey = Text(JiraJson.String(JiraJson.Property(fields, "project"), "key") ?? KeyPrefix(key), "project key", subject),
            IssueType = Text(issueType, "issue type", subject),
            Type = mapping.TypeOf(issueType),
            Summary = Text(JiraJson.String(fields, "summary"), "summary", subject),
            Status = Text(JiraJson.String(status, "name"), "status", subject),
            StatusCategory = Category(JiraJson.Property(status, "statusCategory")),
            Priority = Text(JiraJson.Name(fields, "priority"), "priority", subject),
            Severity = Text(JiraJson.OptionText(JiraJson.Property(fields, mapping.SeverityField)), "severity", subject),
            Components = Texts(JiraJson.Property(fields, "components"), static c => JiraJson.String(c, "name"), "component", subject),
            Labels = Texts(JiraJson.Property(fields, "labels"), static l => l.ValueKind == JsonValueKind.String ? l.GetString() : null, "label", subject),
            Created = TimestampParser.Parse(JiraJson.String(fields, "created"), warnings, subject),
            Updated = TimestampParser.Parse(JiraJson.String(fields, "updated"), warnings, subject),
            Resolved = TimestampParser.Parse(JiraJson.String(fields, "resolutiondate"), warnings, subject),
            StoryPoints = StoryPoints(fields, subject),
            Sprint = Text(JiraSprints.Current(JiraJson.Property(fields, mapping.SprintField)), "sprint", subject),
            ParentKey = Text(parentKey, "parent key", subject),
            EpicKey = Text(EpicLink(fields) ?? (IsEpic(parent) ? parentKey : null), "epic key", subject),
            AssigneeName = Text(JiraJson.String(JiraJson.Property(fields, "assignee"), "displayName"), "assignee name", subject),
        };
    }

    private string? Text(string? value, string what, WarningSubject subject) =>
        TextTruncation.Clean(value, limits.MaxNameLength, warnings, what, subject);

    private List<string> Texts(JsonElement list, Func<JsonElement, string?> read, string what, WarningSubject subject)
    {
        var texts = new List<string>();
        if (list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (Text(read(item), what, subject) is { } text)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    private double? StoryPoints(JsonElement fields, WarningSubject subject)
    {
        foreach (var field in _storyPointsFields)
        {
            var value = JiraJson.Property(fields, field);
            if (JiraJson.TryGetNumber(value, out var points))
            {
                return points;
            }

            if (value.ValueKind != JsonValueKind.Undefined)
            {
                warnings.Add($"story points '{JiraJson.Preview(value)}' in {field} of {subject} are not a number; ignored");
            }
        }

        return null;
    }

    private string? EpicLink(JsonElement fields)
    {
        var link = JiraJson.Property(fields, mapping.EpicLinkField);
        return link.ValueKind == JsonValueKind.String ? link.GetString() : JiraJson.String(link, "key");
    }

    /// <summary>A parent is an epic when its issue type maps to one, or sits at Jira's epic level (hierarchy level 1).</summary>
    private bool IsEpic(JsonElement parent)
    {
        var type = JiraJson.Property(JiraJson.Property(parent, "fields"), "issuetype");
        var name = JiraJson.String(type, "name");
        return (name is not null && mapping.TypeOf(name) == WorkItemType.Epic)
            || (JiraJson.Property(type, "hierarchyLevel") is { ValueKind: JsonValueKind.Number } level
                && level.TryGetInt32(out var depth) && depth == 1);
    }

    private static WorkItemStatusCategory Category(JsonElement category) =>
        Categories.TryGetValue(JiraJson.String(category, "key") ?? string.Empty, out var byKey) ? byKey
        : Categories.TryGetValue(JiraJson.String(category, "name") ?? string.Empty, out var byName) ? byName
        : WorkItemStatusCategory.Unknown;

    private static string? KeyPrefix(string key)
    {
        var dash = key.LastIndexOf('-');
        return dash > 0 ? key[..dash] : null;
    }
}
