namespace Dot.Portal.Api.Models;

/// <summary>Failures with one fingerprint.</summary>
public sealed record FailureGroup(string Fingerprint, string? Message, long Count, long Tests, DateTimeOffset LastSeenAt);
