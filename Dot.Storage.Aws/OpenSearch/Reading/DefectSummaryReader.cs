using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// A <see cref="DefectSummaryQuery"/>: a composite aggregation over the field of the current defects created in the
/// window (each component of an item its own bucket; none, the null bucket), with the Done ones counted beneath;
/// the largest groups first, then by key, nulls first.
/// </summary>
internal static class DefectSummaryReader
{
    private static readonly IReadOnlyDictionary<string, Aggregation> Resolved =
        new Dictionary<string, Aggregation> { ["resolved"] = new() { Filter = WorkItemConditions.Done } };

    public static async Task<IReadOnlyList<DefectGroup>> ReadAsync(TenantIndex index, DefectSummaryQuery query, CancellationToken cancellationToken)
    {
        var groups = await Composite.AllAsync(index, DocumentKind.WorkItems, query.Scope,
            WorkItemConditions.Current(WorkItemType.Defect, ResultConditions.Within("created", query.Window)),
            [("key", FieldOf(query.GroupBy))], Resolved, cancellationToken);
        return groups
            .Select(group =>
            {
                var resolved = group.Aggregates.Count("resolved");
                return new DefectGroup(group.KeyOf("key"), group.DocCount, group.DocCount - resolved, resolved);
            })
            .OrderByDescending(group => group.Total).ThenBy(group => group.Key, Comparer<string?>.Create(AggregationReader.CompareKeys))
            .Take(query.Size)
            .ToList();
    }

    private static string FieldOf(DefectGroupField field) => field switch
    {
        DefectGroupField.Severity => "severity",
        DefectGroupField.Priority => "priority",
        DefectGroupField.Status => "status",
        DefectGroupField.Component => "components",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown defect field."),
    };
}
