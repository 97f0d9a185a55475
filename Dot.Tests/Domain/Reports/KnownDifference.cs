namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A corpus file where our result differs from the oracle's on purpose: why, and the value we give for each differing
/// field (every other field is still compared). A rejection is a file the oracle reads but we refuse, with a fragment of
/// the reason we give (<see cref="RejectedWith"/>) and no counts.
/// </summary>
internal sealed record KnownDifference(string Reason, IReadOnlyDictionary<string, int> Ours, string? RejectedWith = null)
{
    public static KnownDifference Rejection(string reason, string rejectedWith) =>
        new(reason, new Dictionary<string, int>(), rejectedWith);
}
