namespace Dot.Tests.Domain.Reports;

/// <summary>Why our counts for one corpus file differ from the oracle's on purpose, and the value we give for each differing field.</summary>
internal sealed record KnownDifference(string Reason, IReadOnlyDictionary<string, int> Ours);
