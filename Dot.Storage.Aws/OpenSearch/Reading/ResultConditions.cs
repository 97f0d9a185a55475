using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// The conditions of every read of results besides the scope (which <see cref="TenantIndex"/> adds): final
/// executions only, the window [from, to), then the filter's conditions.
/// </summary>
internal static class ResultConditions
{
    public static Query Final(TimeWindow window, ResultFilter? filter = null, params Query[] more)
    {
        var conditions = new List<Query> { Query.TermOf("superseded", false), Within("ts", window) };
        if (filter is not null)
        {
            if (filter.Statuses is { } statuses)
            {
                conditions.Add(Query.TermsOf("status", statuses.Distinct().Select(StatusValues.Of)));
            }
            foreach (var (field, value) in (ReadOnlySpan<(string, string?)>)[
                ("suite", filter.Suite), ("class_name", filter.ClassName), ("environment", filter.Environment), ("run", filter.Run)])
            {
                if (value is not null)
                {
                    conditions.Add(Query.TermOf(field, value));
                }
            }
            if (filter.NameContains is { } text)
            {
                conditions.Add(Query.Contains("name", text));
            }
        }
        conditions.AddRange(more);
        return Query.All(conditions);
    }

    /// <summary>The date <paramref name="field"/> in [from, to).</summary>
    public static Query Within(string field, TimeWindow window) =>
        Query.RangeOf(field, new RangeBounds { Gte = OpenSearchJson.Date(window.From), Lt = OpenSearchJson.Date(window.To) });

    public static string FieldOf(ResultField field) => field switch
    {
        ResultField.Dataset => "dataset",
        ResultField.Suite => "suite",
        ResultField.ClassName => "class_name",
        ResultField.Name => "name",
        ResultField.Environment => "environment",
        ResultField.Run => "run",
        ResultField.FailureType => "failure_type",
        ResultField.FailureFingerprint => "failure_fingerprint",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown result field."),
    };
}
