using System.Globalization;
using Dot.Bench.Load;

namespace Dot.Bench.Results;

/// <summary>The DESIGN section 8 targets, each judged against what a run measured.</summary>
public static class TargetRows
{
    public const double ParseRatioTarget = 0.5;
    public const double IngestRateTarget = 150_000;
    public const double MillionSecondsTarget = 7;
    public const double MemoryGrowthTargetMegabytes = 150;
    public const double QueryP50TargetMs = 20;
    public const double QueryP99TargetMs = 100;
    public const double QueryRateTarget = 300;
    public const double OverheadRatioTarget = 0.6;

    private const double Megabyte = 1024 * 1024;

    public static IReadOnlyList<TargetRow> From(Measurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var rows = new List<TargetRow>();
        if (measurements.Parse is { } parse)
        {
            rows.Add(new("parse", "parse JUnit XML, % of a bare XmlReader pass", "≥ 50 %",
                F($"{parse.Ratio:P0} ({parse.ParserMegabytesPerSecond:F0} MB/s, {parse.CasesPerSecond:N0} cases/s)"),
                F($"bare XmlReader {parse.BareMegabytesPerSecond:F0} MB/s"),
                parse.Ratio >= ParseRatioTarget, parse.Ratio * 100, 100, "% of bare"));
        }
        if (measurements.Ingest is { } ingest)
        {
            var stages = measurements.IngestStages;
            rows.Add(new("ingest", "ingest, upload → queryable", "≥ 150,000 results/s",
                F($"{ingest.ResultsPerSecond:N0} results/s ({ingest.Results:N0} in {ingest.Seconds:F1} s, {ingest.Uploads} uploads; API {ingest.ResultsPerCpuSecond:N0} results/CPU-s)"),
                stages is null ? "—" : F($"DuckDB appender alone {stages.AppenderPerSecond:N0}/s; alone: raw store {stages.RawStorePerSecond:N0}/s, parse {stages.ParsePerSecond:N0}/s, index {stages.IndexPerSecond:N0}/s (without run keys {stages.IndexWithoutRunKeyPerSecond:N0}/s)"),
                ingest.ResultsPerSecond >= IngestRateTarget, ingest.ResultsPerSecond, stages?.AppenderPerSecond, "results/s"));
            rows.Add(new("ingest", "ingest 1,000,000 results", "< 7 s",
                F($"{ingest.SecondsPerMillion:F1} s{(ingest.Results == 1_000_000 ? string.Empty : " (at this run's rate)")}"),
                stages is null ? "—" : F($"appender alone {1e6 / stages.AppenderPerSecond:F1} s; raw+parse+index one after another {1e6 / stages.SequentialPerSecond:F1} s"),
                ingest.SecondsPerMillion < MillionSecondsTarget, ingest.SecondsPerMillion, stages is null ? null : 1e6 / stages.AppenderPerSecond, "s"));
        }
        if (measurements.Memory is { } memory)
        {
            rows.Add(new("memory", F($"memory, one {memory.ReportBytes / Megabyte:F0} MB report: peak RSS over idle"), "< 150 MB",
                F($"{memory.GrowthBytes / Megabyte:F0} MB (peak {memory.PeakRssBytes / Megabyte:F0} MB, {memory.Results:N0} results in {memory.Seconds:F1} s)"),
                F($"idle RSS {memory.IdleRssBytes / Megabyte:F0} MB"),
                memory.GrowthBytes / Megabyte < MemoryGrowthTargetMegabytes, memory.GrowthBytes / Megabyte, memory.IdleRssBytes / Megabyte, "MB"));
        }
        if (measurements.HugeAttributeMemory is { } attribute)
        {
            rows.Add(new("memory", F($"memory, one {attribute.ReportBytes / Megabyte:F0} MB attribute (refused): peak RSS over idle"), "< 150 MB",
                F($"{attribute.GrowthBytes / Megabyte:F0} MB (peak {attribute.PeakRssBytes / Megabyte:F0} MB, refused in {attribute.Seconds:F1} s)"),
                F($"idle RSS {attribute.IdleRssBytes / Megabyte:F0} MB"),
                attribute.GrowthBytes / Megabyte < MemoryGrowthTargetMegabytes, attribute.GrowthBytes / Megabyte, attribute.IdleRssBytes / Megabyte, "MB"));
        }
        foreach (var query in measurements.Queries ?? [])
        {
            rows.AddRange(QueryRows(query));
        }
        if (measurements.Overhead is { } overhead)
        {
            rows.Add(new("overhead", "GraphQL { __typename }, % of a bare endpoint", "≥ 60 %",
                F($"{overhead.Ratio:P0} ({overhead.GraphQLPerSecond:N0} req/s{CpuPerRequest(overhead.GraphQLRounds)})"),
                F($"bare endpoint {overhead.BarePerSecond:N0} req/s{CpuPerRequest(overhead.BareRounds)}"),
                overhead.Ratio >= OverheadRatioTarget, overhead.Ratio * 100, 100, "% of bare"));
        }
        rows.AddRange(HostileRows.From(measurements.Hostile));
        rows.AddRange(SuiteRows.From(measurements.Load, measurements.Faults));
        rows.AddRange(ScaleRows.From(measurements.Scale));
        return rows;
    }

    private static IEnumerable<TargetRow> QueryRows(QueryMeasurement query)
    {
        var (single, many, inSingle, inMany) = (query.OneClient, query.Concurrent, query.InProcessOneCaller, query.InProcessConcurrent);
        var at = F($"{query.Name} over {query.Results:N0} results, {many.Clients} clients");
        var errors = many.Errors + single.Errors > 0 ? F($", {many.Errors + single.Errors} errors") : string.Empty;
        yield return new("query", at + ": p50", "< 20 ms",
            F($"{many.P50Ms:F1} ms (1 client {single.P50Ms:F1} ms){errors}"),
            inSingle is null ? "—" : F($"store in-process p50 {inSingle.P50Ms:F1} ms (1 caller), {inMany!.P50Ms:F1} ms ({inMany.Clients})"),
            many.P50Ms < QueryP50TargetMs && many.Errors == 0, many.P50Ms, inSingle?.P50Ms, "ms");
        yield return new("query", at + ": p99", "< 100 ms",
            F($"{many.P99Ms:F1} ms (p95 {many.P95Ms:F1} ms; 1 client {single.P99Ms:F1} ms)"),
            inSingle is null ? "—" : F($"store in-process p99 {inSingle.P99Ms:F1} ms (1 caller), {inMany!.P99Ms:F1} ms ({inMany.Clients})"),
            many.P99Ms < QueryP99TargetMs && many.Errors == 0, many.P99Ms, inSingle?.P99Ms, "ms");
        yield return new("query", at + ": throughput", "≥ 300 req/s",
            F($"{many.RequestsPerSecond:N0} req/s (1 client {single.RequestsPerSecond:N0} req/s{CpuPerRequest([many])})"),
            inMany is null ? "—" : F($"store in-process {inMany.RequestsPerSecond:N0} queries/s ({inMany.Clients} callers{CpuPerRequest([inMany])})"),
            many.RequestsPerSecond >= QueryRateTarget && many.Errors == 0, many.RequestsPerSecond, inMany?.RequestsPerSecond, "req/s");
    }

    /// <summary>"; 1.2 CPU-ms/request": the serving process's CPU time per request over the given rounds, when it was watched.</summary>
    private static string CpuPerRequest(IReadOnlyList<LoadResult> rounds) =>
        rounds.All(r => r.CpuSeconds is not null) && rounds.Sum(r => r.Requests) > 0
            ? F($"; {rounds.Sum(r => r.CpuSeconds!.Value) * 1000 / rounds.Sum(r => r.Requests):F2} CPU-ms/request")
            : string.Empty;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
