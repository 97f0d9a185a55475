using System.Diagnostics;

namespace Dot.Bench.Load;

/// <summary>How long and how hard a load run goes: clients in a closed loop, bounded in time and in count.</summary>
public sealed record LoadSpec(int Clients, TimeSpan Duration, int MaxRequests, TimeSpan WarmUp);

/// <summary>
/// Closed-loop load: each client sends its next request when the previous answer has been read. A warm-up (not
/// recorded) comes first; the run stops at its duration or its request count, whichever comes first.
/// </summary>
public static class ClosedLoopLoad
{
    /// <summary>
    /// Runs <paramref name="send"/> (one request; true when the answer was the expected one) as <paramref name="spec"/>
    /// says; <paramref name="cpuClock"/>, when given, is the serving process's CPU time, read before and after.
    /// </summary>
    public static async Task<LoadResult> RunAsync(
        Func<CancellationToken, Task<bool>> send, LoadSpec spec, CancellationToken cancellationToken, Func<TimeSpan>? cpuClock = null)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.WarmUp > TimeSpan.Zero)
        {
            await LoopAsync(send, spec.Clients, spec.WarmUp, Math.Max(spec.MaxRequests / 4, spec.Clients), null, cancellationToken);
        }
        var latencies = new long[spec.MaxRequests];
        var cpuBefore = cpuClock?.Invoke();
        var (recorded, errors, seconds) = await LoopAsync(send, spec.Clients, spec.Duration, spec.MaxRequests, latencies, cancellationToken);
        var cpuSeconds = cpuClock is null ? (double?)null : (cpuClock() - cpuBefore!.Value).TotalSeconds;
        return LoadResult.From(spec.Clients, latencies[..recorded], errors, seconds, cpuSeconds);
    }

    private static async Task<(int Recorded, long Errors, double Seconds)> LoopAsync(
        Func<CancellationToken, Task<bool>> send, int clients, TimeSpan duration, int maxRequests, long[]? latencies, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var issued = 0;
        var recorded = 0;
        long errors = 0;

        async Task ClientAsync()
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var before = Stopwatch.GetTimestamp();
                var ok = await send(cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - before;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (latencies is not null)
                {
                    latencies[Interlocked.Increment(ref recorded) - 1] = elapsed;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync, cancellationToken)));
        return (recorded, errors, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
