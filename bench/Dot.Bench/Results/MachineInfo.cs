using System.Globalization;
using System.Runtime.InteropServices;

namespace Dot.Bench.Results;

/// <summary>The machine a run measured: cores, memory, processor, OS and .NET.</summary>
public sealed record MachineInfo(int Cores, long MemoryBytes, string Processor, string Os, string Kernel, string DotNet)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        MemTotal(),
        ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        OsRelease() ?? RuntimeInformation.OSDescription,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Cores} cores, {MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB, {Os}, {DotNet}");

    private static long MemTotal()
    {
        var line = ProcLine("/proc/meminfo", "MemTotal");
        return line is null
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes
            : 1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    private static string? OsRelease() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;

    /// <summary>The value of the first "key : value" line of a /proc file.</summary>
    private static string? ProcLine(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
