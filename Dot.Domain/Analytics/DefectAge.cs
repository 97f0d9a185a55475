namespace Dot.Domain.Analytics;

/// <summary>
/// A range of ages of open defects, [<see cref="From"/>, <see cref="To"/>); the last range has no end.
/// <see cref="Buckets"/> are the ranges every aging answer has, in order.
/// </summary>
public sealed record DefectAge(TimeSpan From, TimeSpan? To)
{
    public static IReadOnlyList<DefectAge> Buckets { get; } =
    [
        new(TimeSpan.Zero, TimeSpan.FromDays(1)),
        new(TimeSpan.FromDays(1), TimeSpan.FromDays(7)),
        new(TimeSpan.FromDays(7), TimeSpan.FromDays(30)),
        new(TimeSpan.FromDays(30), TimeSpan.FromDays(90)),
        new(TimeSpan.FromDays(90), null),
    ];
}

/// <summary>How many defects were open with an age in <see cref="Age"/>.</summary>
public sealed record DefectAgeCount(DefectAge Age, long Count);
