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

/// <summary>
/// The store-outage scenario: reports sent (each retried until accepted) to the API on the AWS emulators while
/// DynamoDB and then S3 were killed and started again, each outage's measurement, and what the store holds at the end.
/// </summary>
public sealed record StoreOutageMeasurement(
    string? SkippedBecause, int Sent, int Attempts, int Accepted, IReadOnlyList<OutageMeasurement> Outages, StoredCounts? Stored, double Seconds);

/// <summary>
/// One store down for <see cref="Seconds"/>: readiness meanwhile (its status and the checks failing, against the
/// check expected), the outcomes of the uploads and dashboard queries begun and answered while it was down, how fast
/// the 503s came (ms) and how many carried Retry-After, and how long after the restart readiness was back and an upload
/// was accepted again (null: not within two minutes).
/// </summary>
public sealed record OutageMeasurement(
    string Store, double Seconds, int ReadinessStatus, IReadOnlyList<string> FailingChecks, string ExpectedCheck,
    IReadOnlyDictionary<string, int> Uploads, double? RefusalP50Ms, double? RefusalP99Ms, double? RefusalMaxMs, int RefusalsWithRetryAfter,
    IReadOnlyDictionary<string, int> Dashboards, double? ReadyAfterSeconds, double? AcceptingAfterSeconds)
{
    public int Refusals => Uploads.GetValueOrDefault("503");

    /// <summary>Refused fast with 503 and Retry-After, readiness named the store, and both came back without a restart.</summary>
    public bool Holds => Refusals > 0 && Uploads.Keys.All(k => k == "503") && RefusalsWithRetryAfter == Refusals
        && ReadinessStatus == 503 && FailingChecks.Contains(ExpectedCheck) && ReadyAfterSeconds is not null && AcceptingAfterSeconds is not null;
}

/// <summary>The fault suite's scenarios.</summary>
public sealed record FaultMeasurement(CrashMeasurement Crash, DiskFullMeasurement DiskFull, StoreOutageMeasurement StoreOutage);
