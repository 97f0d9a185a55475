using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// BenchmarkDotNet's view of the parse benchmark. It runs in BenchmarkDotNet's own process, which learns the input
/// size and seed from environment variables the harness sets on the job.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var megabytes = int.Parse(Environment.GetEnvironmentVariable(ParseInput.MegabytesVariable) ?? "32", CultureInfo.InvariantCulture);
        var seed = ulong.Parse(Environment.GetEnvironmentVariable(ParseInput.SeedVariable) ?? "20250601", CultureInfo.InvariantCulture);
        _bytes = ParseInput.Create(megabytes, seed).Bytes;
    }

    [Benchmark(Baseline = true)]
    public long BareXmlReader() => ParseInput.ReadBare(_bytes);

    [Benchmark]
    public long JUnitXmlParser() => ParseInput.ParseAll(_bytes);
}
