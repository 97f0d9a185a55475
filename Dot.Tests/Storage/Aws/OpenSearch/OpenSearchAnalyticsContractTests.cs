using Dot.Tests.Storage.Contracts;
using Dot.Tests.Support;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// The whole analytics contract against a live OpenSearch (<see cref="OpenSearchLive"/>); without
/// <c>DOT_TEST_OPENSEARCH_URL</c> every test is reported skipped with that reason.
/// </summary>
[RequiresEnvironment(OpenSearchLive.Variable, OpenSearchLive.Reason)]
[SkipsContractTest(nameof(SummaryWhileAnUploadIsReplacedSeesTheOldOrTheNewSetNeverAPart),
    "OpenSearch has no transactions: while an upload is re-indexed a reader may see part of it (docs/decisions/0014).")]
public sealed class OpenSearchAnalyticsContractTests(OpenSearchLive live) : AnalyticsContract, IClassFixture<OpenSearchLive>
{
    protected override AnalyticsPorts Open() => AnalyticsPorts.Of(live.Open());
}
