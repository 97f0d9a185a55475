namespace Dot.Bench.Generation;

/// <summary>
/// Numbers drawn from a hash of their coordinates (SplitMix64), so a seed gives the same report on every machine and
/// run, whatever order the parts are written in and without keeping any state between them.
/// </summary>
internal static class Determinism
{
    public static ulong Hash(ulong seed, long a, long b = 0, long c = 0) =>
        Mix(Mix(Mix(seed ^ (ulong)a) ^ (ulong)b) ^ (ulong)c);

    /// <summary>Uniform in [0, 1).</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Box-Muller over two uniforms from the hash).</summary>
    public static double Normal(ulong hash)
    {
        var u1 = 1.0 - Unit(hash);
        var u2 = Unit(Mix(hash));
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>An index in [0, count).</summary>
    public static int Pick(ulong hash, int count) => (int)(hash % (ulong)count);

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
