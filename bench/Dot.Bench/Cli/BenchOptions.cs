using System.Globalization;

namespace Dot.Bench.Cli;

/// <summary>
/// What one harness run does. The defaults are the DESIGN section 8 workloads; <c>--scale</c> shrinks them all at
/// once and the other options set one each.
/// </summary>
public sealed record BenchOptions
{
    public static readonly IReadOnlyList<string> AllBenchmarks = ["parse", "ingest", "query", "overhead", "memory"];

    /// <summary>
    /// Benchmarks that run only when named: <c>hostile</c> measures refusals, not a DESIGN section 8 target; the suites
    /// and <c>scale</c> (issue 15, ten million results with <c>--results 10000000</c>) take longer than <c>all</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> NamedOnlyBenchmarks = ["hostile", "load", "faults", "scale"];

    public required IReadOnlySet<string> Benchmarks { get; init; }

    /// <summary>The subcommand as given (<c>all</c> or one benchmark): it names the results file.</summary>
    public string Subcommand { get; init; } = "all";

    public long IngestResults { get; init; } = 1_000_000;

    /// <summary>Uploads in flight at once while ingesting.</summary>
    public int UploadConcurrency { get; init; } = 4;

    public long MemoryReportBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The one attribute of the memory benchmark's second report; above the parsers' tag limit, so refused.</summary>
    public long MemoryAttributeBytes { get; init; } = 90L * 1024 * 1024;

    public int ParseMegabytes { get; init; } = 32;

    /// <summary>BenchmarkDotNet (its own processes, ShortRun) or a quick in-process Stopwatch loop.</summary>
    public bool ParseWithBenchmarkDotNet { get; init; } = true;

    public int Clients { get; init; } = 16;

    /// <summary>How long each load phase runs (after its warm-up).</summary>
    public TimeSpan LoadDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>At most this many requests per load phase.</summary>
    public int LoadMaxRequests { get; init; } = 50_000;

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(2);

    public ulong Seed { get; init; } = 20250601;

    /// <summary>Reports the load and fault suites send.</summary>
    public int SuiteReports { get; init; } = 500;

    /// <summary>Results in each report of the load and fault suites.</summary>
    public int SuiteReportResults { get; init; } = 2000;

    /// <summary>The load and fault suites' size, with <see cref="Clients"/> CI clients.</summary>
    public Dot.Bench.Suites.SuiteSpec SuiteSpec => new(Clients, SuiteReports, SuiteReportResults, Seed);

    public required string ResultsDirectory { get; init; }

    /// <summary>The API host dll to start; by default bench/Dot.Bench.Host built in this harness's configuration.</summary>
    public string? ApiDll { get; init; }

    public string Command { get; init; } = "dotnet run -c Release --project bench/Dot.Bench -- all";

    /// <summary>Where <c>scale</c> keeps its data folder instead of deleting it (to time queries on it again); it must be empty or absent.</summary>
    public string? KeepDataDirectory { get; init; }

    /// <summary>Extra environment for every API process (<c>--api-env KEY=VALUE</c>), to try a runtime setting such as DOTNET_gcServer=0.</summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Above the parsers' default tag limit (4 Mi characters), so that the report is refused.</summary>
    private const long MinimumAttributeBytes = 5L * 1024 * 1024;

    public const string Usage = """
        usage: dotnet run -c Release --project bench/Dot.Bench -- <all|ingest|memory|parse|query|overhead|hostile|load|faults|scale> [options]
          --scale F           multiply every workload by F (0 < F <= 1), e.g. 0.1 for a quick run
          --results N         results to ingest (default 1000000; scale ingests N and N / 10)
          --concurrency N     uploads in flight while ingesting (default 4)
          --memory-mb N       size of the one large report for the memory benchmark (default 200)
          --attribute-mb N    size of the one huge attribute for the memory benchmark (default 90; at least 5)
          --parse-mb N        size of the parse benchmark's input (default 32)
          --quick-parse       time parsing with an in-process loop instead of BenchmarkDotNet
          --clients N         concurrent clients for queries and overhead, CI clients for load and faults (default 16; hostile uses one)
          --reports N         reports the load and fault suites send (default 500)
          --report-results N  results per report of the load and fault suites (default 2000)
          --seconds S         length of each load phase (default 10)
          --requests N        most requests per load phase (default 50000)
          --seed N            generator seed (default 20250601)
          --results-dir DIR   where the results JSON goes (default bench/results)
          --api-dll PATH      the API host to start (default: bench/Dot.Bench.Host/bin/<this configuration>/net10.0)
          --keep-data DIR     scale: store into DIR (empty or absent) and keep it afterwards
          --api-env KEY=VALUE environment for the API processes (repeatable), e.g. DOTNET_gcServer=0
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || !(args[0] == "all" || AllBenchmarks.Contains(args[0]) || NamedOnlyBenchmarks.Contains(args[0])))
        {
            throw new ArgumentException(Usage);
        }
        var options = new BenchOptions
        {
            Benchmarks = args[0] == "all" ? AllBenchmarks.ToHashSet() : new HashSet<string> { args[0] },
            Subcommand = args[0],
            ResultsDirectory = Path.Combine(repositoryRoot, "bench", "results"),
            Command = "dotnet run -c Release --project bench/Dot.Bench -- " + string.Join(' ', args),
        };
        var pairs = new List<(string Name, string Value)>();
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            pairs.Add(name == "--quick-parse"
                ? (name, string.Empty)
                : (name, i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}")));
        }
        // The scale applies first, so that an option given with it sets its value exactly.
        foreach (var (_, value) in pairs.Where(p => p.Name == "--scale"))
        {
            var factor = Double(value);
            options = factor is > 0 and <= 1 ? options.Scaled(factor) : throw new ArgumentException($"--scale takes a factor in (0, 1].\n{Usage}");
        }
        foreach (var (name, value) in pairs.Where(p => p.Name != "--scale"))
        {
            options = name switch
            {
                "--quick-parse" => options with { ParseWithBenchmarkDotNet = false },
                "--results" => options with { IngestResults = Long(value) },
                "--concurrency" => options with { UploadConcurrency = Int(value) },
                "--memory-mb" => options with { MemoryReportBytes = Long(value) * 1024 * 1024 },
                "--attribute-mb" => options with { MemoryAttributeBytes = Long(value) * 1024 * 1024 },
                "--parse-mb" => options with { ParseMegabytes = Int(value) },
                "--clients" => options with { Clients = Int(value) },
                "--reports" => options with { SuiteReports = Int(value) },
                "--report-results" => options with { SuiteReportResults = Int(value) },
                "--seconds" => options with { LoadDuration = TimeSpan.FromSeconds(Double(value)) },
                "--requests" => options with { LoadMaxRequests = Int(value) },
                "--seed" => options with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) },
                "--results-dir" => options with { ResultsDirectory = Path.GetFullPath(value) },
                "--api-dll" => options with { ApiDll = Path.GetFullPath(value) },
                "--keep-data" => options with { KeepDataDirectory = Path.GetFullPath(value) },
                "--api-env" when value.Split('=', 2) is [var key, var setting] => options with
                {
                    ApiEnvironment = new Dictionary<string, string>(options.ApiEnvironment) { [key] = setting },
                },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }

    /// <summary>Every workload multiplied by <paramref name="factor"/>, each kept large enough to measure.</summary>
    public BenchOptions Scaled(double factor) => this with
    {
        IngestResults = Math.Max(1000, (long)(IngestResults * factor)),
        MemoryReportBytes = Math.Max(1024 * 1024, (long)(MemoryReportBytes * factor)),
        MemoryAttributeBytes = Math.Max(MinimumAttributeBytes, (long)(MemoryAttributeBytes * factor)),
        ParseMegabytes = Math.Max(1, (int)(ParseMegabytes * factor)),
        SuiteReports = Math.Max(30, (int)(SuiteReports * factor)),
        LoadDuration = TimeSpan.FromSeconds(Math.Max(1, LoadDuration.TotalSeconds * factor)),
        WarmUp = TimeSpan.FromSeconds(Math.Max(0.5, WarmUp.TotalSeconds * factor)),
    };

    private static long Long(string value) => long.Parse(value, CultureInfo.InvariantCulture);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
