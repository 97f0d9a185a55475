namespace Dot.Domain.Analytics.Rollups;

/// <summary>
/// One test's failed and errored final executions with one failure fingerprint, in one dataset on one UTC day: how
/// many, when the latest ran and its message (the latest by time, then upload and position). Kept per test so a
/// window counts the distinct tests of a fingerprint exactly; <c>topFailures</c> adds whole days up.
/// </summary>
public sealed record FailureDayRollup(
    string TenantId, string DatasetId, DateOnly Day, string Fingerprint, TestKey Test, long Failures, DateTimeOffset LastAt, string? LastMessage);
