namespace Dot.Bench.Load;

/// <summary>
/// What a closed-loop load run measured: requests, errors, throughput and latency percentiles (ms), and the CPU time
/// the serving process used meanwhile when it was watched (a measure the machine's other load does not inflate).
/// </summary>
public sealed record LoadResult(int Clients, long Requests, long Errors, double Seconds, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double? CpuSeconds)
{
    public double? CpuMsPerRequest => CpuSeconds is { } cpu && Requests > 0 ? cpu * 1000 / Requests : null;

    public static LoadResult From(int clients, long[] latencyTicks, long errors, double seconds, double? cpuSeconds)
    {
        ArgumentNullException.ThrowIfNull(latencyTicks);
        Array.Sort(latencyTicks);
        double Percentile(double p) =>
            latencyTicks.Length == 0 ? double.NaN : Milliseconds(latencyTicks[Math.Clamp((int)Math.Ceiling(p * latencyTicks.Length) - 1, 0, latencyTicks.Length - 1)]);
        return new LoadResult(
            clients, latencyTicks.Length, errors, seconds, seconds > 0 ? latencyTicks.Length / seconds : 0,
            Percentile(0.50), Percentile(0.95), Percentile(0.99), latencyTicks.Length == 0 ? double.NaN : Milliseconds(latencyTicks[^1]), cpuSeconds);
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
