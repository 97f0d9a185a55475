using Dot.Bench.Load;

namespace Dot.Bench.Results;

/// <summary>The refusals of the hostile documents, and <c>{ __typename }</c> through the same endpoint in the same run.</summary>
public sealed record HostileMeasurement(LoadResult TypeName, IReadOnlyList<RefusalMeasurement> Refusals);

/// <summary>One hostile document: its size, the answer it got the first time (status and code), and its latencies.</summary>
public sealed record RefusalMeasurement(string Name, int QueryBytes, int Status, string? Code, LoadResult Load);
