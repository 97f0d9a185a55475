using System.Diagnostics;

namespace Dot.Bench.Load;

/// <summary>CPU time used by this process (all threads: ours, the GC's and DuckDB's), for timing work done in-process.</summary>
internal static class CpuClock
{
    public static TimeSpan CurrentProcess()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Runs <paramref name="work"/> and returns its wall time and the CPU time this process used meanwhile.</summary>
    public static async Task<StageTime> TimeAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cpu = CurrentProcess();
        var started = Stopwatch.GetTimestamp();
        await work();
        return new StageTime(Stopwatch.GetElapsedTime(started).TotalSeconds, (CurrentProcess() - cpu).TotalSeconds);
    }
}

/// <summary>How long a piece of work took on the clock, and how much CPU it used.</summary>
public sealed record StageTime(double Seconds, double CpuSeconds);
