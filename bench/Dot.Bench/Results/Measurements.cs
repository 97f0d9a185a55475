using Dot.Bench.Load;

namespace Dot.Bench.Results;

/// <summary>
/// Ingest through the real endpoint: from the first byte sent until the last result is queryable, and the CPU time
/// the API process used meanwhile.
/// </summary>
public sealed record IngestMeasurement(long Results, int Uploads, long Bytes, int Concurrency, double Seconds, double ApiCpuSeconds)
{
    public double ResultsPerSecond => Results / Seconds;

    public double ResultsPerCpuSecond => Results / ApiCpuSeconds;

    /// <summary>Seconds 1,000,000 results take at this rate.</summary>
    public double SecondsPerMillion => 1_000_000 / ResultsPerSecond;
}

/// <summary>
/// The ingest stages timed alone, in-process, on the same reports, one at a time on one thread: storing the raw
/// files (hashed, written, fsynced), parsing them, writing the results into DuckDB as the API does (delete, append,
/// run supersession, commit, one transaction per upload), the same without run keys (so no supersession), and the
/// DuckDB appender alone in one transaction.
/// </summary>
public sealed record IngestStages(long Results, StageTime RawStore, StageTime Parse, StageTime Index, StageTime IndexWithoutRunKey, StageTime Appender)
{
    public double RawStorePerSecond => Results / RawStore.Seconds;
    public double ParsePerSecond => Results / Parse.Seconds;
    public double IndexPerSecond => Results / Index.Seconds;
    public double IndexWithoutRunKeyPerSecond => Results / IndexWithoutRunKey.Seconds;
    public double AppenderPerSecond => Results / Appender.Seconds;

    /// <summary>The three stages one after another on one core: what a single pipeline could do at best.</summary>
    public double SequentialPerSecond => Results / (RawStore.Seconds + Parse.Seconds + Index.Seconds);
}

/// <summary>One large report posted to a fresh API process: its resident memory before and at peak (no results when refused).</summary>
public sealed record MemoryMeasurement(long ReportBytes, long Results, double Seconds, long IdleRssBytes, long PeakRssBytes, bool KernelPeakUsed)
{
    public long GrowthBytes => PeakRssBytes - IdleRssBytes;
}

/// <summary>Our JUnit parser against a bare XmlReader pass over the same bytes (seconds per pass, median).</summary>
public sealed record ParseMeasurement(string Method, long Bytes, long Cases, double ParserSeconds, double BareSeconds, double? ParserAllocatedBytes)
{
    public double ParserMegabytesPerSecond => Bytes / 1e6 / ParserSeconds;
    public double BareMegabytesPerSecond => Bytes / 1e6 / BareSeconds;
    public double CasesPerSecond => Cases / ParserSeconds;
    public double Ratio => BareSeconds / ParserSeconds;
}

/// <summary>
/// One named GraphQL document under load, at 1 and at N clients, and the store's own query in-process; or, when its
/// first answer was an error and the benchmark went on, that answer as <see cref="Failure"/> (and no requests).
/// </summary>
public sealed record QueryMeasurement(
    string Name, long Results, LoadResult OneClient, LoadResult Concurrent, LoadResult? InProcessOneCaller, LoadResult? InProcessConcurrent, string? Failure = null);

/// <summary><c>{ __typename }</c> against the bare endpoint, alternating rounds at the same concurrency.</summary>
public sealed record OverheadMeasurement(IReadOnlyList<LoadResult> GraphQLRounds, IReadOnlyList<LoadResult> BareRounds)
{
    public double GraphQLPerSecond => PerSecond(GraphQLRounds);
    public double BarePerSecond => PerSecond(BareRounds);
    public double Ratio => GraphQLPerSecond / BarePerSecond;

    private static double PerSecond(IReadOnlyList<LoadResult> rounds) => rounds.Sum(r => r.Requests) / rounds.Sum(r => r.Seconds);
}

/// <summary>Everything one harness run measured; a section is null when its benchmark did not run.</summary>
public sealed class Measurements
{
    public ParseMeasurement? Parse { get; set; }
    public IngestMeasurement? Ingest { get; set; }
    public IngestStages? IngestStages { get; set; }
    public MemoryMeasurement? Memory { get; set; }
    public MemoryMeasurement? HugeAttributeMemory { get; set; }
    public IReadOnlyList<QueryMeasurement>? Queries { get; set; }
    public OverheadMeasurement? Overhead { get; set; }
    public HostileMeasurement? Hostile { get; set; }
    public LoadSuiteMeasurement? Load { get; set; }
    public FaultMeasurement? Faults { get; set; }
    public ScaleMeasurement? Scale { get; set; }
}
