namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Where <c>quantile_cont</c> takes the <paramref name="Fraction"/> percentile of <paramref name="Count"/> values: between the
/// order statistics (0-based, ascending) at the floor and the ceiling of (n − 1)·p, interpolated. And what the largest of
/// them, those at or above a threshold, tell about it: the percentile itself when both order statistics are among them,
/// else a bound above it.
/// </summary>
internal readonly record struct DuckDbPercentileRank(long Count, double Fraction)
{
    private double Rank => (Count - 1) * Fraction;

    private long Lower => (long)Math.Floor(Rank);

    private long Upper => (long)Math.Ceiling(Rank);

    /// <summary>
    /// Whether the <paramref name="found"/> largest values hold both order statistics: all values, or every position
    /// from one below the lower one up (that one place of margin keeps the answer right should DuckDB round the rank
    /// the other way).
    /// </summary>
    public bool IsKnownFrom(int found) => found == Count || Count - found <= Lower - 1;

    /// <summary>
    /// A value the percentile does not exceed (but for rounding in the last place, see its caller) when it is not known
    /// from the values at or above <paramref name="threshold"/>, <paramref name="above"/> (ascending): the order
    /// statistic one above the upper one when it is among them, else the threshold, which every value below it is under.
    /// </summary>
    public double Bound(IReadOnlyList<double> above, double threshold)
    {
        var position = Math.Min(Count - 1, Upper + 1);
        var below = Count - above.Count;
        return position >= below ? above[(int)(position - below)] : threshold;
    }
}
