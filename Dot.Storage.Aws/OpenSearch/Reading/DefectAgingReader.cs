using System.Globalization;
using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// A <see cref="DefectAgingQuery"/>: the current defects open at its time (created by then, and not Done with a
/// resolution by then; a Done one without a resolution time is never open), counted by a <c>filters</c>
/// aggregation with one creation-time range per age: an age in [from, to) is a creation in (at - to, at - from].
/// </summary>
internal static class DefectAgingReader
{
    private const string Name = "ages";

    public static async Task<IReadOnlyList<DefectAgeCount>> ReadAsync(TenantIndex index, DefectAgingQuery query, CancellationToken cancellationToken)
    {
        var at = query.At;
        var resolvedByThen = Query.Any([
            Query.Not(Query.ExistsOf("resolved")),
            Query.RangeOf("resolved", new RangeBounds { Lte = OpenSearchJson.Date(at) })]);
        var open = WorkItemConditions.Current(WorkItemType.Defect,
            Query.RangeOf("created", new RangeBounds { Lte = OpenSearchJson.Date(at) }),
            Query.Not(Query.All([WorkItemConditions.Done, resolvedByThen])));
        var ages = DefectAge.Buckets.Select((age, i) => (Name: NameOf(i), Range: new RangeBounds
        {
            Lte = OpenSearchJson.Date(at - age.From),
            Gt = age.To is { } to ? OpenSearchJson.Date(at - to) : null,
        }));
        var response = await index.SearchAsync(DocumentKind.WorkItems, query.Scope, new SearchRequest
        {
            Query = open,
            Aggs = new Dictionary<string, Aggregation>
            {
                [Name] = new() { Filters = new FiltersAggregation(ages.ToDictionary(age => age.Name, age => Query.RangeOf("created", age.Range))) },
            },
        }, cancellationToken);
        var counts = response.Aggregates.Get<FiltersResult>(Name).Buckets;
        return DefectAge.Buckets.Select((age, i) => new DefectAgeCount(age, counts[NameOf(i)].DocCount)).ToList();
    }

    private static string NameOf(int index) => "age" + index.ToString(CultureInfo.InvariantCulture);
}
