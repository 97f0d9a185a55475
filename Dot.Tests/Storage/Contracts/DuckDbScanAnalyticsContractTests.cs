using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The analytics store contract against the DuckDB adapter with its rollups off: every dashboard query is one scan.</summary>
public sealed class DuckDbScanAnalyticsContractTests(TempFolder folder) : AnalyticsContract, IClassFixture<TempFolder>
{
    protected override AnalyticsPorts Open() =>
        AnalyticsPorts.Of(new DuckDbAnalyticsStore(Options.Create(new EmbeddedStorageOptions { Path = folder.Path, AnalyticsRollups = false })));
}
