namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// Durations counted in logarithmic buckets, mergeable by adding counts: bucket <c>i</c> holds the durations in
/// (γ^(i-1), γ^i] milliseconds, γ = <see cref="Gamma"/>, and stands for 2γ^i / (γ + 1), which is within
/// <see cref="RelativeError"/> of every duration in it (a duration on a bucket's edge, whichever side rounding puts it,
/// too). Durations under <see cref="Resolution"/> share one bucket that stands for 0. A percentile is interpolated
/// between the order statistics around its rank, as DuckDB's <c>quantile_cont</c> does, each estimated by its
/// bucket, then kept within the exact least and greatest duration: it lies within <see cref="RelativeError"/> of
/// the exact percentile, plus <see cref="Resolution"/> (decision 0015).
/// </summary>
public sealed record DurationHistogram(IReadOnlyDictionary<int, long> Buckets)
{
    public const double Gamma = 1.02;

    /// <summary>(γ - 1) / (γ + 1): about 0.99 %.</summary>
    public const double RelativeError = (Gamma - 1) / (Gamma + 1);

    /// <summary>Durations below it (milliseconds) are counted as 0.</summary>
    public const double Resolution = 0.001;

    public const int ZeroBucket = int.MinValue;

    public static readonly DurationHistogram Empty = new(new Dictionary<int, long>());

    public long Count => Buckets.Values.Sum();

    public static int BucketOf(double durationMs) =>
        durationMs < Resolution ? ZeroBucket : (int)Math.Ceiling(Math.Log(durationMs) / Math.Log(Gamma));

    /// <summary>The duration bucket <paramref name="bucket"/> stands for.</summary>
    public static double ValueOf(int bucket) => bucket == ZeroBucket ? 0 : 2 * Math.Pow(Gamma, bucket) / (Gamma + 1);

    public static DurationHistogram Of(IEnumerable<double> durationsMs)
    {
        ArgumentNullException.ThrowIfNull(durationsMs);
        return new DurationHistogram(durationsMs.GroupBy(BucketOf).ToDictionary(group => group.Key, group => (long)group.Count()));
    }

    public DurationHistogram Merge(DurationHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new Dictionary<int, long>(Buckets);
        foreach (var (bucket, count) in other.Buckets)
        {
            merged[bucket] = merged.GetValueOrDefault(bucket) + count;
        }
        return new DurationHistogram(merged);
    }

    /// <summary>The estimated <paramref name="fraction"/> percentile (0 to 1), kept within [<paramref name="min"/>, <paramref name="max"/>]; null when empty.</summary>
    public double? Percentile(double fraction, double min, double max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var count = Count;
        if (count == 0)
        {
            return null;
        }
        var rank = (count - 1) * fraction;
        var below = (long)Math.Floor(rank);
        var at = OrderStatistic(below);
        var estimate = at + (rank - below) * (OrderStatistic((long)Math.Ceiling(rank)) - at);
        return Math.Clamp(estimate, min, max);
    }

    /// <summary>The estimate of the <paramref name="index"/>-th smallest duration (from 0).</summary>
    private double OrderStatistic(long index)
    {
        long seen = 0;
        foreach (var (bucket, count) in Buckets.OrderBy(pair => pair.Key))
        {
            seen += count;
            if (index < seen)
            {
                return ValueOf(bucket);
            }
        }
        throw new ArgumentOutOfRangeException(nameof(index), index, "Past the last duration.");
    }
}
