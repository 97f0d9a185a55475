namespace Dot.Domain.Analytics;

/// <summary>
/// The defects of <see cref="Scope"/> open at <see cref="At"/>, counted per <see cref="DefectAge.Buckets"/> range
/// of their age then (<see cref="At"/> minus their creation time). Of each key the latest upload counts; a defect is
/// open at a time when it was created by then and not resolved by then: its status category is not Done, or it is
/// Done with a resolution time after <see cref="At"/>. A Done defect without a resolution time is never open, and
/// one without a creation time has no age and is left out.
/// </summary>
public sealed record DefectAgingQuery : IAnalyticsQuery<IReadOnlyList<DefectAgeCount>>
{
    public DefectAgingQuery(AnalyticsScope scope, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scope);
        (Scope, At) = (scope, at.ToUniversalTime());
    }

    public AnalyticsScope Scope { get; }

    public DateTimeOffset At { get; }
}
