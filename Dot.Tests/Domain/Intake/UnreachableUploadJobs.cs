using Dot.Domain.Jobs;

namespace Dot.Tests.Domain.Intake;

/// <summary>A job queue whose store cannot be reached: every call fails the way a connection refused does.</summary>
internal sealed class UnreachableUploadJobs : IUploadJobs
{
    public Task EnqueueAsync(UploadJob job, CancellationToken cancellationToken) => Unreachable();

    public Task<JobLease?> ClaimAsync(string workerId, TimeSpan leaseDuration, CancellationToken cancellationToken) => Unreachable<JobLease?>();

    public Task<JobLease?> HeartbeatAsync(JobLease lease, CancellationToken cancellationToken) => Unreachable<JobLease?>();

    public Task CompleteAsync(JobLease lease, CancellationToken cancellationToken) => Unreachable();

    public Task ReleaseAsync(JobLease lease, CancellationToken cancellationToken) => Unreachable();

    public Task<QueueState> StateAsync(CancellationToken cancellationToken) => Unreachable<QueueState>();

    private static Task Unreachable() => Task.FromException(Refused());

    private static Task<T> Unreachable<T>() => Task.FromException<T>(Refused());

    private static HttpRequestException Refused() => new("Connection refused (the queue's store is down).");
}
