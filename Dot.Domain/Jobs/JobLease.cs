namespace Dot.Domain.Jobs;

/// <summary>
/// A worker's hold on a job until <see cref="ExpiresAt"/>. <see cref="Id"/> is new with every claim, so a worker
/// whose lease expired and was claimed by another can no longer heartbeat, complete or release the job.
/// </summary>
public sealed record JobLease(UploadJob Job, string Id, string WorkerId, TimeSpan Duration, DateTimeOffset ExpiresAt);
