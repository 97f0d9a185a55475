namespace Dot.Bench.Suites;

/// <summary>
/// One request of a fault scenario: when it began and ended (<see cref="System.Diagnostics.Stopwatch"/> timestamps),
/// its status (0: no answer), the Retry-After it carried, and a GraphQL answer's first error code.
/// </summary>
internal sealed record TimedAnswer(long Began, long Ended, int Status, TimeSpan? RetryAfter, string? Code = null)
{
    /// <summary>The status, with the GraphQL error code when there is one: <c>200</c>, <c>503</c>, <c>200 INTERNAL</c>.</summary>
    public string Outcome => Code is null ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Status} {Code}";

    public bool Within(long from, long to) => Began >= from && Ended <= to;

    public double Milliseconds => (Ended - Began) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
