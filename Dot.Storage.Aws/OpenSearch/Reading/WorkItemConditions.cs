using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>The conditions of every read of work items besides the scope: current snapshots only (no later upload superseded them), optionally of one type.</summary>
internal static class WorkItemConditions
{
    public static readonly Query Done = Query.TermOf("status_category", nameof(WorkItemStatusCategory.Done));

    public static Query Current(WorkItemType? type, params Query[] more)
    {
        var conditions = new List<Query> { Query.TermOf("superseded", false) };
        if (type is { } only)
        {
            conditions.Add(Query.TermOf("type", only.ToString()));
        }
        conditions.AddRange(more);
        return Query.All(conditions);
    }
}
