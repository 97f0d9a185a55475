using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// The upload job queue: one item per job (<c>JOB#upload</c>) in its tenant's partition, in the <c>UPLOAD_JOBS</c>
/// queue of <c>byQueue</c> at the time it becomes claimable (enqueued, or its lease's expiry). A claim reads the
/// oldest candidates from the index and takes the first it can with an update conditioned on the lease having
/// expired, so two workers of any instances never hold one job; every later step is conditioned on the lease id.
/// </summary>
public sealed class DynamoUploadJobs(DynamoTable table, TimeProvider clock) : IUploadJobs
{
    private const string Queue = "UPLOAD_JOBS";
    private const string Prefix = "JOB#";
    private const int Candidates = 20;
    private const int Rounds = 5;

    public async Task EnqueueAsync(UploadJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = Attributes.N(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var item = DynamoTable.NewItem(TableKeys.Tenant(job.TenantId), Prefix + job.UploadId);
        item[TableKeys.Queue] = Attributes.S(Queue);
        item[TableKeys.QueueAt] = now;
        item["enqueuedAt"] = now;
        item["leaseExpiresAt"] = Attributes.N(0);
        await table.PutNewAsync(item, cancellationToken);
    }

    public async Task<JobLease?> ClaimAsync(string workerId, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Rounds; round++)
        {
            var now = clock.GetUtcNow();
            var candidates = await QueueIndex.DueAsync(table, Queue, now, Candidates, cancellationToken);
            if (candidates.Count == 0)
            {
                return null;
            }
            foreach (var (pk, sk) in candidates)
            {
                var leaseId = OpaqueId.New("lse");
                var expiresAt = now + leaseDuration;
                var claim = new Update(
                        "SET leaseId = :lease, workerId = :worker, leaseExpiresAt = :expires, #at = :expires",
                        "attribute_exists(pk) AND leaseExpiresAt <= :now")
                    .Name("#at", TableKeys.QueueAt).Value(":lease", leaseId).Value(":worker", workerId)
                    .Value(":expires", expiresAt.ToUnixTimeMilliseconds()).Value(":now", now.ToUnixTimeMilliseconds());
                if (await table.TryUpdateAsync(pk, sk, claim, cancellationToken) is not null)
                {
                    return new JobLease(new UploadJob(TableKeys.TenantOf(pk), sk[Prefix.Length..]), leaseId, workerId, leaseDuration, expiresAt);
                }
            }
        }
        return null;
    }

    public async Task<JobLease?> HeartbeatAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var expiresAt = clock.GetUtcNow() + lease.Duration;
        var update = Held(lease, "SET leaseExpiresAt = :expires, #at = :expires").Name("#at", TableKeys.QueueAt)
            .Value(":expires", expiresAt.ToUnixTimeMilliseconds());
        return await table.TryUpdateAsync(TableKeys.Tenant(lease.Job.TenantId), Prefix + lease.Job.UploadId, update, cancellationToken) is null
            ? null
            : lease with { ExpiresAt = expiresAt };
    }

    public Task CompleteAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return table.TryDeleteAsync(TableKeys.Tenant(lease.Job.TenantId), Prefix + lease.Job.UploadId, Held(lease, string.Empty), cancellationToken);
    }

    public Task ReleaseAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var update = Held(lease, "SET leaseExpiresAt = :zero, #at = enqueuedAt REMOVE leaseId, workerId").Name("#at", TableKeys.QueueAt).Value(":zero", 0);
        return table.TryUpdateAsync(TableKeys.Tenant(lease.Job.TenantId), Prefix + lease.Job.UploadId, update, cancellationToken);
    }

    /// <summary>
    /// The queue's depth counted by the index (no keys read back); the oldest job's queue time from the items at the
    /// head of the queue, a bounded read (a held job's index time is its lease's expiry, at most one lease later than
    /// its place, so the oldest is among the first few).
    /// </summary>
    public async Task<QueueState> StateAsync(CancellationToken cancellationToken)
    {
        var depth = await QueueIndex.CountAsync(table, Queue, cancellationToken);
        var keys = await QueueIndex.DueAsync(table, Queue, DateTimeOffset.MaxValue, Candidates * Rounds, cancellationToken);
        var head = await table.GetManyAsync(keys, cancellationToken);
        var oldest = head.Select(item => item.Long("enqueuedAt")).DefaultIfEmpty().Min();
        return new QueueState(depth, head.Count == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(oldest));
    }

    private static Update Held(JobLease lease, string expression) => new Update(expression, "leaseId = :held").Value(":held", lease.Id);
}
