using Dot.Domain.Jobs;

namespace Dot.Api.Uploads;

/// <summary>The job queue as the intake sees it: a job queued in this process wakes this process's workers at once.</summary>
public sealed class SignalingUploadJobs(IUploadJobs inner, UploadJobSignal signal) : IUploadJobs
{
    public async Task EnqueueAsync(UploadJob job, CancellationToken cancellationToken)
    {
        await inner.EnqueueAsync(job, cancellationToken);
        signal.Wake();
    }

    public Task<JobLease?> ClaimAsync(string workerId, TimeSpan leaseDuration, CancellationToken cancellationToken) =>
        inner.ClaimAsync(workerId, leaseDuration, cancellationToken);

    public Task<JobLease?> HeartbeatAsync(JobLease lease, CancellationToken cancellationToken) =>
        inner.HeartbeatAsync(lease, cancellationToken);

    public Task CompleteAsync(JobLease lease, CancellationToken cancellationToken) =>
        inner.CompleteAsync(lease, cancellationToken);

    public Task<QueueState> StateAsync(CancellationToken cancellationToken) => inner.StateAsync(cancellationToken);

    public Task ReleaseAsync(JobLease lease, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(lease, cancellationToken);
}
