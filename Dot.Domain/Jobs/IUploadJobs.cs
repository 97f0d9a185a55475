namespace Dot.Domain.Jobs;

/// <summary>
/// Port: the jobs of accepted uploads, shared by every worker of every instance. A claimed job is leased: it comes
/// back to the queue when its lease expires (its worker crashed) or is released, and never once completed. Two
/// workers never hold the same job at once.
/// </summary>
public interface IUploadJobs
{
    /// <summary>Adds the job; nothing happens when it is already queued.</summary>
    Task EnqueueAsync(UploadJob job, CancellationToken cancellationToken);

    /// <summary>Leases the oldest job nobody holds (or whose lease expired) to the worker, or returns null when there is none.</summary>
    Task<JobLease?> ClaimAsync(string workerId, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Extends the lease by its duration from now; null when the worker no longer holds the job.</summary>
    Task<JobLease?> HeartbeatAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Removes the job for good; nothing happens when the lease is no longer held.</summary>
    Task CompleteAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Gives the job back for any worker to claim at once.</summary>
    Task ReleaseAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>How many jobs are not yet completed (held or not), and when the oldest of them was queued.</summary>
    Task<QueueState> StateAsync(CancellationToken cancellationToken);
}
