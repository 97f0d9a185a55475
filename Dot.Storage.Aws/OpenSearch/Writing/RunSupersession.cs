using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>
/// Keeps one final execution per test and run, after an upload with a run key is indexed: its passed executions of
/// tests that failed or errored in another upload of the run are flagged flaky, and the run's other uploads'
/// executions of its tests are marked superseded (the last upload written wins, as in DuckDB). Tests are named by
/// their <c>test_key</c>, sent in chunks.
/// </summary>
internal static class RunSupersession
{
    public static async Task ApplyAsync(
        TenantIndex index, string tenantId, string uploadId, string datasetId, string runKey, IReadOnlyCollection<string> testKeys, CancellationToken cancellationToken)
    {
        var othersInRun = Query.All([
            Query.TermOf("dataset", datasetId), Query.TermOf("run_key", runKey), Query.Not(Query.TermOf("upload", uploadId))]);
        foreach (var chunk in KeyChunks.Of(testKeys))
        {
            var failedBefore = await FailedAsync(index, tenantId, datasetId, othersInRun, chunk, cancellationToken);
            foreach (var failed in KeyChunks.Of(failedBefore))
            {
                await index.UpdateAsync(DocumentKind.Results, tenantId, Query.All([
                    Query.TermOf("upload", uploadId), Query.TermOf("status", StatusValues.Passed), Query.TermOf("flaky", false),
                    Query.TermsOf("test_key", failed)]), FlagScripts.Flaky, cancellationToken);
            }
            await index.UpdateAsync(DocumentKind.Results, tenantId, Query.All([
                othersInRun, Query.TermOf("superseded", false), Query.TermsOf("test_key", chunk)]), FlagScripts.Superseded, cancellationToken);
        }
    }

    /// <summary>Which of <paramref name="testKeys"/> failed or errored in the run's other uploads.</summary>
    private static async Task<List<string>> FailedAsync(
        TenantIndex index, string tenantId, string datasetId, Query othersInRun, string[] testKeys, CancellationToken cancellationToken)
    {
        var buckets = await Composite.AllAsync(index, DocumentKind.Results, AnalyticsScope.Of(tenantId, datasetId),
            Query.All([othersInRun, Query.TermsOf("status", [StatusValues.Failed, StatusValues.Errored]), Query.TermsOf("test_key", testKeys)]),
            [("test", "test_key")], null, cancellationToken);
        return buckets.Select(bucket => bucket.KeyOf("test")!).ToList();
    }
}
