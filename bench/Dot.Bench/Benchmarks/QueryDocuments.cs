using Dot.Domain.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// A GraphQL document the query benchmark sends, with <c>$datasetId</c> as its one variable, and optionally the
/// analytics store call that answers it, timed in-process as the baseline (no HTTP, no GraphQL).
/// </summary>
public sealed record QueryDocument(string Name, string Query, Func<IAnalyticsStore, string, string, CancellationToken, Task>? InProcess = null);

/// <summary>The documents of the query benchmark (DESIGN section 8: every one is held to the same targets). One line adds one.</summary>
public static class QueryDocuments
{
    public static IReadOnlyList<QueryDocument> All { get; } =
    [
        new("testSummary", "query($datasetId: ID!) { testSummary(datasetId: $datasetId) { total passed failed errored skipped passRate } }",
            (store, tenant, dataset, ct) => store.GetTestSummaryAsync(new TestSummaryQuery(tenant, dataset, null, null), ct)),
    ];
}
