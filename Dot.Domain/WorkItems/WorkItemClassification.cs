using System.Collections.Frozen;
using Dot.Domain.Classification;

namespace Dot.Domain.WorkItems;

/// <summary>
/// The classification of a work item and of each of its fields (DESIGN section 6). Epics, stories and defects are
/// Restricted, and so is everything that describes one; only the project (project information) is Public.
/// The assignee's name is personal data. A field not in the table is Restricted: new fields are closed until classified.
/// </summary>
public static class WorkItemClassification
{
    public static DataClassification Document => DataClassification.Restricted;

    /// <summary>By <see cref="ParsedWorkItem"/> property name.</summary>
    public static IReadOnlyDictionary<string, FieldClassification> Fields { get; } =
        new Dictionary<string, FieldClassification>(StringComparer.Ordinal)
        {
            [nameof(ParsedWorkItem.Key)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.ProjectKey)] = FieldClassification.Public,
            [nameof(ParsedWorkItem.IssueType)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Type)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Summary)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Status)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.StatusCategory)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Priority)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Severity)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Components)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Labels)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Created)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Updated)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Resolved)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.StoryPoints)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.Sprint)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.ParentKey)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.EpicKey)] = FieldClassification.Restricted,
            [nameof(ParsedWorkItem.AssigneeName)] = FieldClassification.Personal,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The classification of a field by property name; Restricted when the table does not name it.</summary>
    public static FieldClassification Of(string fieldName) =>
        Fields.TryGetValue(fieldName, out var classification) ? classification : FieldClassification.Restricted;
}
