namespace Dot.Bench.Generation;

/// <summary>
/// Reports of about the same size for the load and fault suites: report r is shard r % 3 of CI run r / 3, holding up to
/// <c>resultsPerReport</c> tests of that shard's suites, so no two reports of a run share a test and every stored
/// result counts once.
/// </summary>
internal static class ShardReports
{
    public static IReadOnlyList<GeneratedReport> Generate(int reports, int resultsPerReport, ulong seed)
    {
        var catalog = TestCatalog.Create(seed, Workloads.CatalogSuites);
        var runs = (reports + Workloads.Shards - 1) / Workloads.Shards;
        var generated = new GeneratedReport[reports];
        Parallel.For(0, reports, r =>
        {
            var (run, shard) = (r / Workloads.Shards, r % Workloads.Shards);
            var parts = new List<SuitePart>();
            var remaining = resultsPerReport;
            foreach (var suite in catalog.Suites.Where(s => s.Index % Workloads.Shards == shard && remaining > 0))
            {
                var take = Math.Min(suite.Tests.Count, remaining);
                parts.Add(new SuitePart(suite, take));
                remaining -= take;
            }
            var startedAt = Workloads.WindowEnd - Workloads.Window + (Workloads.Window / runs * run);
            generated[r] = Workloads.Generate(catalog, new ReportPlan(run, shard, $"load-{run:D4}", startedAt, parts));
        });
        return generated;
    }
}
