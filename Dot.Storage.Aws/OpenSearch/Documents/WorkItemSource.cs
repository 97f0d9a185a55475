using System.Text.Json.Serialization;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>
/// A work item snapshot as the work-items index keeps it, under <see cref="DocumentIds"/>' id;
/// <c>superseded</c> marks a snapshot a later upload of the same key replaced. Type and status category by name.
/// </summary>
public sealed record WorkItemSource : UploadSource
{
    public static IReadOnlyDictionary<string, FieldMapping> Mapping { get; } = MappingWith(new Dictionary<string, FieldMapping>
    {
        ["key"] = FieldMapping.Keyword,
        ["project_key"] = FieldMapping.Keyword,
        ["issue_type"] = FieldMapping.Keyword,
        ["type"] = FieldMapping.Keyword,
        ["summary"] = FieldMapping.Stored,
        ["status"] = FieldMapping.Keyword,
        ["status_category"] = FieldMapping.Keyword,
        ["priority"] = FieldMapping.Keyword,
        ["severity"] = FieldMapping.Keyword,
        ["components"] = FieldMapping.Keyword,
        ["labels"] = FieldMapping.Keyword,
        ["created"] = FieldMapping.Date,
        ["updated"] = FieldMapping.Date,
        ["resolved"] = FieldMapping.Date,
        ["story_points"] = FieldMapping.Number,
        ["sprint"] = FieldMapping.Keyword,
        ["parent_key"] = FieldMapping.Keyword,
        ["epic_key"] = FieldMapping.Keyword,
        ["assignee_name"] = FieldMapping.Stored,
    });

    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("project_key")]
    public string? ProjectKey { get; init; }

    [JsonPropertyName("issue_type")]
    public string? IssueType { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("status_category")]
    public required string StatusCategory { get; init; }

    [JsonPropertyName("priority")]
    public string? Priority { get; init; }

    [JsonPropertyName("severity")]
    public string? Severity { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<string> Components { get; init; } = [];

    [JsonPropertyName("labels")]
    public IReadOnlyList<string> Labels { get; init; } = [];

    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    [JsonPropertyName("updated")]
    public DateTimeOffset? Updated { get; init; }

    [JsonPropertyName("resolved")]
    public DateTimeOffset? Resolved { get; init; }

    [JsonPropertyName("story_points")]
    public double? StoryPoints { get; init; }

    [JsonPropertyName("sprint")]
    public string? Sprint { get; init; }

    [JsonPropertyName("parent_key")]
    public string? ParentKey { get; init; }

    [JsonPropertyName("epic_key")]
    public string? EpicKey { get; init; }

    [JsonPropertyName("assignee_name")]
    public string? AssigneeName { get; init; }

    public static WorkItemSource Of(WorkItemDocument document, int ordinal)
    {
        var item = document.Item;
        return new()
        {
            Tenant = document.TenantId,
            Dataset = document.DatasetId,
            Upload = document.UploadId,
            Ordinal = ordinal,
            Key = item.Key,
            ProjectKey = item.ProjectKey,
            IssueType = item.IssueType,
            Type = item.Type.ToString(),
            Summary = item.Summary,
            Status = item.Status,
            StatusCategory = item.StatusCategory.ToString(),
            Priority = item.Priority,
            Severity = item.Severity,
            Components = item.Components,
            Labels = item.Labels,
            Created = item.Created?.ToUniversalTime(),
            Updated = item.Updated?.ToUniversalTime(),
            Resolved = item.Resolved?.ToUniversalTime(),
            StoryPoints = item.StoryPoints,
            Sprint = item.Sprint,
            ParentKey = item.ParentKey,
            EpicKey = item.EpicKey,
            AssigneeName = item.AssigneeName,
            ReceivedAt = document.UploadedAt.ToUniversalTime(),
        };
    }

    public WorkItemDocument ToDocument() =>
        new(Tenant, Dataset, Upload, new ParsedWorkItem
        {
            Key = Key,
            ProjectKey = ProjectKey,
            IssueType = IssueType,
            Type = Enum.Parse<WorkItemType>(Type),
            Summary = Summary,
            Status = Status,
            StatusCategory = Enum.Parse<WorkItemStatusCategory>(StatusCategory),
            Priority = Priority,
            Severity = Severity,
            Components = Components,
            Labels = Labels,
            Created = Created,
            Updated = Updated,
            Resolved = Resolved,
            StoryPoints = StoryPoints,
            Sprint = Sprint,
            ParentKey = ParentKey,
            EpicKey = EpicKey,
            AssigneeName = AssigneeName,
        }, ReceivedAt);
}
