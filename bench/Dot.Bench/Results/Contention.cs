using System.Globalization;

namespace Dot.Bench.Results;

/// <summary>
/// How busy the machine was around a run (it is shared): the 1-minute load average at start and at end, and the
/// share of the last 5 minutes in which some runnable task waited for a CPU (/proc/pressure/cpu "some avg300", %).
/// Numbers from a run with a load well over the core count are slower than the code is.
/// </summary>
public sealed record Contention(double? LoadAtStart, double? LoadAtEnd, double? CpuPressurePercent)
{
    public static double? LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture)
            : null;

    public static double? CpuPressure()
    {
        var some = File.Exists("/proc/pressure/cpu") ? File.ReadLines("/proc/pressure/cpu").FirstOrDefault(l => l.StartsWith("some", StringComparison.Ordinal)) : null;
        var avg300 = some?.Split(' ').FirstOrDefault(f => f.StartsWith("avg300=", StringComparison.Ordinal));
        return avg300 is null ? null : double.Parse(avg300["avg300=".Length..], CultureInfo.InvariantCulture);
    }

    public string Summary => string.Create(CultureInfo.InvariantCulture, $"load average {LoadAtStart:F1} at start, {LoadAtEnd:F1} at end; CPU pressure {CpuPressurePercent:F0} %");
}
