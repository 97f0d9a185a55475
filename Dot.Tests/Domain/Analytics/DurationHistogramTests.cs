using Dot.Domain.Analytics.Rollups;

namespace Dot.Tests.Domain.Analytics;

public sealed class DurationHistogramTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PercentilesOfMergedDays_AreWithinTheStatedBoundOfTheExactOnes(int seed)
    {
        var random = new Random(seed);
        // Log-normal durations with a few zeros and sub-resolution ones, over 30 days of up to 40 executions each.
        var days = Enumerable.Range(0, 30).Select(_ => Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(50) switch
        {
            0 => 0,
            1 => random.NextDouble() * DurationHistogram.Resolution,
            _ => Math.Exp(Normal(random) * 1.5 + 4),
        }).ToList()).ToList();
        var all = days.SelectMany(day => day).Order().ToList();
        var merged = days.Select(DurationHistogram.Of).Aggregate(DurationHistogram.Empty, (left, right) => left.Merge(right));

        foreach (var fraction in (double[])[0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1])
        {
            var exact = Interpolated(all, fraction);
            var estimate = merged.Percentile(fraction, all[0], all[^1])!.Value;
            Assert.InRange(Math.Abs(estimate - exact), 0, DurationHistogram.RelativeError * exact + DurationHistogram.Resolution + 1e-9 * exact);
        }
    }

    [Fact]
    public void ABucketStandsForItsDurations_WithinTheRelativeError_OnBothEdges()
    {
        foreach (var bucket in (int[])[-300, -1, 0, 1, 150, 700])
        {
            var upper = Math.Pow(DurationHistogram.Gamma, bucket);
            var lower = Math.Pow(DurationHistogram.Gamma, bucket - 1);
            var value = DurationHistogram.ValueOf(bucket);
            Assert.InRange(Math.Abs(value - upper) / upper, 0, DurationHistogram.RelativeError + 1e-12);
            Assert.InRange(Math.Abs(value - lower) / lower, 0, DurationHistogram.RelativeError + 1e-12);
        }
    }

    [Fact]
    public void EqualDurations_GiveThemExactly_AndNothingGivesNull()
    {
        var histogram = DurationHistogram.Of([12.5, 12.5, 12.5]);

        Assert.Equal(12.5, histogram.Percentile(0.95, 12.5, 12.5));
        Assert.Null(DurationHistogram.Empty.Percentile(0.5, 0, 0));
    }

    /// <summary>DuckDB's quantile_cont: interpolated between the order statistics around (n - 1) × fraction.</summary>
    private static double Interpolated(List<double> sorted, double fraction)
    {
        var rank = (sorted.Count - 1) * fraction;
        var below = (int)Math.Floor(rank);
        return sorted[below] + (rank - below) * (sorted[(int)Math.Ceiling(rank)] - sorted[below]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
