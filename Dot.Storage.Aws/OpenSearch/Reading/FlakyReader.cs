using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// <see cref="FlakyTestsQuery"/> without window functions: a composite aggregation with one bucket per test and
/// run (and dataset; suite, class and name ride along, named by the same <c>test_key</c>) over the window's final
/// executions that were not skipped, with the first and last time, whether any failed or errored and whether any was
/// flagged; then here, per history (dataset and test) in the order the runs started, a run is flaky when flagged
/// or when it failed between a passed run before and a passed run after; summed per test, ordered and cut.
/// </summary>
internal static class FlakyReader
{
    private static readonly IReadOnlyList<(string Name, string Field)> Sources =
        [("test", "test_key"), ("dataset", "dataset"), ("run", "run"), ("suite", "suite"), ("class", "class_name"), ("name", "name")];

    private static readonly IReadOnlyDictionary<string, Aggregation> Metrics = new Dictionary<string, Aggregation>
    {
        ["started"] = new() { Min = new FieldName("ts") },
        ["ended"] = new() { Max = new FieldName("ts") },
        ["failed"] = new() { Filter = Query.TermsOf("status", [StatusValues.Failed, StatusValues.Errored]) },
        ["flagged"] = new() { Filter = Query.TermOf("flaky", true) },
    };

    public static async Task<IReadOnlyList<FlakyTest>> ReadAsync(TenantIndex index, FlakyTestsQuery query, CancellationToken cancellationToken)
    {
        var buckets = await Composite.AllAsync(index, DocumentKind.Results, query.Scope,
            ResultConditions.Final(query.Window, null, Query.Not(Query.TermOf("status", StatusValues.Skipped))), Sources, Metrics, cancellationToken);
        var runs = buckets.Select(RunOf).ToList();
        return runs
            .GroupBy(run => (run.Dataset, run.Test.Key))
            .SelectMany(history => Marked(history.OrderBy(run => run.Started).ThenBy(run => run.Run, StringComparer.Ordinal).ToList()))
            .GroupBy(run => run.Run.Test.Key)
            .Select(test =>
            {
                var flaky = test.Where(run => run.Flaky).ToList();
                return (Test: test.First().Run.Test.Name, Runs: (long)test.Count(), Flaky: (long)flaky.Count,
                    Last: flaky.Count == 0 ? (DateTimeOffset?)null : flaky.Max(run => run.Run.Ended));
            })
            .Where(test => test.Flaky > 0)
            .Select(test => new FlakyTest(test.Test, test.Runs, test.Flaky, test.Last!.Value))
            .OrderByDescending(test => test.FlakyRuns).ThenByDescending(test => test.FlakeRate)
            .ThenBy(test => test.Test.Suite, KeyOrder.Instance).ThenBy(test => test.Test.ClassName, KeyOrder.Instance)
            .ThenBy(test => test.Test.Name, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
    }

    private static IEnumerable<(TestRun Run, bool Flaky)> Marked(List<TestRun> history) =>
        history.Select((run, i) => (run, run.Flagged
            || (run.Failed && i > 0 && !history[i - 1].Failed && i < history.Count - 1 && !history[i + 1].Failed)));

    private static TestRun RunOf(BucketResult bucket)
    {
        var aggregates = bucket.Aggregates;
        return new TestRun(
            bucket.KeyOf("dataset")!,
            (bucket.KeyOf("test")!, new TestKey(bucket.KeyOf("suite"), bucket.KeyOf("class"), bucket.KeyOf("name")!)),
            bucket.KeyOf("run")!,
            Times.Of(aggregates.Value("started"))!.Value,
            Times.Of(aggregates.Value("ended"))!.Value,
            aggregates.Count("failed") > 0,
            aggregates.Count("flagged") > 0);
    }

    private sealed record TestRun(string Dataset, (string Key, TestKey Name) Test, string Run, DateTimeOffset Started, DateTimeOffset Ended, bool Failed, bool Flagged);

    /// <summary>Text ascending, null first, ordinal.</summary>
    private sealed class KeyOrder : IComparer<string?>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string? x, string? y) => AggregationReader.CompareKeys(x, y);
    }
}
