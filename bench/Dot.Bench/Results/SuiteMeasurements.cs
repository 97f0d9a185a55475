using Dot.Bench.Load;
using Dot.Bench.Suites;

namespace Dot.Bench.Results;

/// <summary>The load suite: what was sent, accepted and refused, what the store holds, and the latencies on the way.</summary>
public sealed record LoadSuiteMeasurement(
    SuiteSpec Spec, int Sent, int Accepted, IReadOnlyDictionary<int, int> RefusedByStatus, StoredCounts Stored,
    LoadResult Acceptance, LoadResult Dashboards, double Seconds);

/// <summary>
/// The crash scenario: reports sent (each retried with its idempotency key until accepted) while the API is killed with
/// SIGKILL at random moments and restarted on the same data; what the store holds at the end.
/// </summary>
public sealed record CrashMeasurement(int Kills, int Sent, int Attempts, int Accepted, StoredCounts Stored, double Seconds);

/// <summary>
/// The full-disk scenario: uploads into a size-limited data folder until refused, what the refusals said, whether the
/// API kept answering, and whether ingest resumed once the folder grew. Skipped (with the reason) where no such folder
/// can be made.
/// </summary>
public sealed record DiskFullMeasurement(
    string? SkippedBecause, int Sent, int Accepted, IReadOnlyDictionary<int, int> RefusedByStatus, string? RefusalSentence,
    bool AnsweredWhileFull, int AcceptedAfterRoom, StoredCounts? Stored);

/// <summary>The fault suite's scenarios; the store-outage one waits for the AWS stores and says so.</summary>
public sealed record FaultMeasurement(CrashMeasurement Crash, DiskFullMeasurement DiskFull, string StoreOutage);
