namespace Dot.Domain.Analytics;

/// <summary>
/// A page of final executions of <see cref="Scope"/> that ran in <see cref="Window"/> and pass <see cref="Filter"/>,
/// in <see cref="Sort"/> order, at most <see cref="Limit"/> of them, after <see cref="After"/> (keyset paging: the
/// sort value of the last one seen and its unique id, so pages neither skip nor repeat while results arrive).
/// </summary>
public sealed record TestResultSearch : IAnalyticsQuery<IReadOnlyList<TestResultHit>>, IPageQuery
{
    public TestResultSearch(AnalyticsScope scope, TimeWindow window, ResultFilter filter, ResultSort sort, int limit, TestResultCursor? after = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (after is not null && after.Sort != sort)
        {
            throw new ArgumentException("A cursor continues the order it was made in.", nameof(after));
        }
        (Scope, Window, Filter, Sort, Limit, After) = (scope, window, filter, sort, limit, after);
    }

    public AnalyticsScope Scope { get; }

    public TimeWindow Window { get; }

    public ResultFilter Filter { get; }

    public ResultSort Sort { get; }

    public int Limit { get; }

    public TestResultCursor? After { get; }
}
