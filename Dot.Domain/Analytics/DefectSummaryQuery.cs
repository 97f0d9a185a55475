namespace Dot.Domain.Analytics;

/// <summary>
/// The current defects (work items of type Defect, as the latest upload of each key saw them) of <see cref="Scope"/>
/// created in <see cref="Window"/>, counted per value of <see cref="GroupBy"/>: all of them, the open ones (status
/// category not Done) and the resolved ones (Done). A defect without a value for the field counts under the null key;
/// one without a creation time is in no window. At most <see cref="Size"/> groups, the largest first, then by key
/// (null first).
/// </summary>
public sealed record DefectSummaryQuery : IAnalyticsQuery<IReadOnlyList<DefectGroup>>, ILimitedQuery
{
    public DefectSummaryQuery(AnalyticsScope scope, TimeWindow window, DefectGroupField groupBy, int size)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        (Scope, Window, GroupBy, Size) = (scope, window, groupBy, size);
    }

    public AnalyticsScope Scope { get; }

    public TimeWindow Window { get; }

    public DefectGroupField GroupBy { get; }

    public int Size { get; }

    public string? Validate(AnalyticsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return limits.Check(Window) ?? (Size > limits.MaxGroups ? $"At most {limits.MaxGroups} groups can be asked for." : null);
    }
}

/// <summary>The defects of one value of the summary's field (null: those without one).</summary>
public sealed record DefectGroup(string? Key, long Total, long Open, long Resolved);
