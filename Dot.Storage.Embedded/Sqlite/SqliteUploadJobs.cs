using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>
/// The upload job queue as a table of the configuration database. Times are Unix milliseconds; a job nobody holds
/// has a lease that expired at 0, so "claimable" is one range on <c>lease_expires_at</c>. A claim is one UPDATE, which
/// SQLite runs under its single write lock, so two claimers never take the same row.
/// </summary>
public sealed class SqliteUploadJobs(SqliteDatabase database, TimeProvider clock) : IUploadJobs
{
    private const string Held = "tenant_id = $tenant AND upload_id = $upload AND lease_id = $lease";

    public Task EnqueueAsync(UploadJob job, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO upload_jobs (tenant_id, upload_id, enqueued_at) VALUES ($tenant, $upload, $now) ON CONFLICT DO NOTHING",
            c => c.With("$tenant", job.TenantId).With("$upload", job.UploadId).With("$now", Now()),
            cancellationToken);

    public async Task<JobLease?> ClaimAsync(string workerId, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var leaseId = OpaqueId.New("lse");
        var expiresAt = clock.GetUtcNow() + leaseDuration;
        var job = await database.QuerySingleAsync(
            """
            UPDATE upload_jobs SET lease_id = $lease, worker_id = $worker, lease_expires_at = $expires
            WHERE rowid = (SELECT rowid FROM upload_jobs WHERE lease_expires_at <= $now ORDER BY lease_expires_at, enqueued_at LIMIT 1)
            RETURNING tenant_id, upload_id
            """,
            c => c.With("$lease", leaseId).With("$worker", workerId).With("$expires", expiresAt.ToUnixTimeMilliseconds()).With("$now", Now()),
            r => new UploadJob(r.GetString(0), r.GetString(1)),
            cancellationToken);
        return job is null ? null : new JobLease(job, leaseId, workerId, leaseDuration, expiresAt);
    }

    public async Task<JobLease?> HeartbeatAsync(JobLease lease, CancellationToken cancellationToken)
    {
        var expiresAt = clock.GetUtcNow() + lease.Duration;
        var changed = await database.ExecuteAsync(
            $"UPDATE upload_jobs SET lease_expires_at = $expires WHERE {Held}",
            c => Bind(c, lease).With("$expires", expiresAt.ToUnixTimeMilliseconds()),
            cancellationToken);
        return changed == 1 ? lease with { ExpiresAt = expiresAt } : null;
    }

    public Task CompleteAsync(JobLease lease, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM upload_jobs WHERE {Held}", c => Bind(c, lease), cancellationToken);

    public Task ReleaseAsync(JobLease lease, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE upload_jobs SET lease_id = NULL, worker_id = NULL, lease_expires_at = 0 WHERE {Held}",
            c => Bind(c, lease),
            cancellationToken);

    public async Task<QueueState> StateAsync(CancellationToken cancellationToken) =>
        (await database.QueryAsync(
            "SELECT count(*), min(enqueued_at) FROM upload_jobs",
            _ => { },
            r => new QueueState(r.GetInt64(0), r.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1))),
            cancellationToken)).Single();

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static SqliteCommand Bind(SqliteCommand command, JobLease lease) =>
        command.With("$tenant", lease.Job.TenantId).With("$upload", lease.Job.UploadId).With("$lease", lease.Id);
}
