using System.ComponentModel.DataAnnotations;

namespace Dot.Storage.Embedded;

/// <summary>The <c>Storage:Embedded</c> section: one folder holds every embedded store.</summary>
public sealed class EmbeddedStorageOptions
{
    public const string Section = "Storage:Embedded";

    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = ".dot-data";

    /// <summary>
    /// The most memory DuckDB's buffers take (DuckDB's <c>memory_limit</c>, e.g. <c>1GB</c>); beyond it a large
    /// upload's rows and big query intermediates spill to <c>analytics.duckdb.tmp</c> in the data folder instead of
    /// growing the process. A query whose intermediates cannot spill fails at the limit: 256MB was too little for
    /// two flaky-test queries over a million results at once (docs/performance.md).
    /// </summary>
    [RegularExpression(@"^\d+(\.\d+)? ?([KMGT]i?B)$", ErrorMessage = "Storage:Embedded:AnalyticsMemoryLimit is an amount such as 512MB or 2GiB.")]
    public string AnalyticsMemoryLimit { get; set; } = "1GB";

    /// <summary>
    /// The most analytics queries DuckDB runs at once (default: the number of cores); more wait their turn. DuckDB
    /// spreads each query over every core already, so more at once only add memory and contention.
    /// </summary>
    [Range(1, 256)]
    public int AnalyticsReadConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether dashboard queries read the rollups that ingest keeps (default) or scan every result: the same answers
    /// (decision 0015), so off is for comparing the two; the rollups are kept either way.
    /// </summary>
    public bool AnalyticsRollups { get; set; } = true;

    /// <summary>
    /// How long after a write the rollups of the days it changed are computed again (decision 0018), so that the
    /// writes of that time share one recompute; until then those days are answered from the results, exactly.
    /// </summary>
    [Range(0, 3_600_000)]
    public int AnalyticsRollupDelayMilliseconds { get; set; } = 1000;

    /// <summary>The folder as an absolute path, relative paths taken from the working directory.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
