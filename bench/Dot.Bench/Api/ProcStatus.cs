using System.Globalization;

namespace Dot.Bench.Api;

/// <summary>Resident memory of a process from <c>/proc/&lt;pid&gt;/status</c>: current (VmRSS) and peak (VmHWM), in bytes.</summary>
internal static class ProcStatus
{
    public static (long Rss, long Peak) Read(int pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }
        return (rss, peak);
    }

    /// <summary>Resets the kernel's peak (VmHWM) to the current RSS; false where the kernel or permissions do not allow it.</summary>
    public static bool TryResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Kilobytes(string line) =>
        1024 * long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
