using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// One <c>work_items</c> row per document, in the table's column order, and back. Types and status categories are
/// stored by name (few distinct values, which DuckDB dictionary-compresses).
/// </summary>
internal static class DuckDbWorkItemRows
{
    public const string Columns = """
        tenant_id, dataset_id, upload_id, key, project_key, issue_type, type, summary, status, status_category, priority,
        severity, components, labels, created, updated, resolved, story_points, sprint, parent_key, epic_key,
        assignee_name, received_at
        """;

    public static (string TenantId, string UploadId) OwnerOf(WorkItemDocument document) => (document.TenantId, document.UploadId);

    public static void Append(DuckDBAppender appender, WorkItemDocument document)
    {
        var item = document.Item;
        appender.CreateRow()
            .AppendValue(document.TenantId)
            .AppendValue(document.DatasetId)
            .AppendValue(document.UploadId)
            .AppendValue(item.Key)
            .AppendValue(item.ProjectKey)
            .AppendValue(item.IssueType)
            .AppendValue(item.Type.ToString())
            .AppendValue(item.Summary)
            .AppendValue(item.Status)
            .AppendValue(item.StatusCategory.ToString())
            .AppendValue(item.Priority)
            .AppendValue(item.Severity)
            .AppendValue<string>(item.Components)
            .AppendValue<string>(item.Labels)
            .AppendValue(item.Created?.UtcDateTime)
            .AppendValue(item.Updated?.UtcDateTime)
            .AppendValue(item.Resolved?.UtcDateTime)
            .AppendValue(item.StoryPoints)
            .AppendValue(item.Sprint)
            .AppendValue(item.ParentKey)
            .AppendValue(item.EpicKey)
            .AppendValue(item.AssigneeName)
            .AppendValue(document.UploadedAt.UtcDateTime)
            .AppendValue(false)
            .EndRow();
    }

    /// <summary>Reads a row selected with <see cref="Columns"/>.</summary>
    public static WorkItemDocument Read(DuckDBDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            new ParsedWorkItem
            {
                Key = reader.GetString(3),
                ProjectKey = DuckDbValues.StringOrNull(reader, 4),
                IssueType = DuckDbValues.StringOrNull(reader, 5),
                Type = Enum.Parse<WorkItemType>(reader.GetString(6)),
                Summary = DuckDbValues.StringOrNull(reader, 7),
                Status = DuckDbValues.StringOrNull(reader, 8),
                StatusCategory = Enum.Parse<WorkItemStatusCategory>(reader.GetString(9)),
                Priority = DuckDbValues.StringOrNull(reader, 10),
                Severity = DuckDbValues.StringOrNull(reader, 11),
                Components = reader.GetFieldValue<List<string>>(12),
                Labels = reader.GetFieldValue<List<string>>(13),
                Created = DuckDbValues.TimeOrNull(reader, 14),
                Updated = DuckDbValues.TimeOrNull(reader, 15),
                Resolved = DuckDbValues.TimeOrNull(reader, 16),
                StoryPoints = reader.IsDBNull(17) ? null : reader.GetDouble(17),
                Sprint = DuckDbValues.StringOrNull(reader, 18),
                ParentKey = DuckDbValues.StringOrNull(reader, 19),
                EpicKey = DuckDbValues.StringOrNull(reader, 20),
                AssigneeName = DuckDbValues.StringOrNull(reader, 21),
            },
            DuckDbValues.Utc(reader.GetDateTime(22)));
}
