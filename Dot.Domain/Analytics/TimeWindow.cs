namespace Dot.Domain.Analytics;

/// <summary>A half-open window [<see cref="From"/>, <see cref="To"/>) on the time a test ran, held in UTC.</summary>
public sealed record TimeWindow
{
    public TimeWindow(DateTimeOffset from, DateTimeOffset to)
    {
        if (from >= to)
        {
            throw new ArgumentException("A window must start before it ends.", nameof(from));
        }
        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public TimeSpan Length => To - From;
}
