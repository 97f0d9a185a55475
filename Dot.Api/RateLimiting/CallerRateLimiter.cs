using System.Threading.RateLimiting;

namespace Dot.Api.RateLimiting;

/// <summary>
/// Token buckets per caller and per tenant for one kind of work (uploads, or GraphQL complexity), on
/// System.Threading.RateLimiting. A request takes its cost from its caller's bucket, then from its tenant's; either
/// refusing answers when to come back. A bucket holds a minute's worth and refills steadily (every second, or for
/// allowances under 60 a minute, one permit at a time), so a burst may use a whole minute's worth and then gets a trickle.
/// </summary>
public sealed class CallerRateLimiter(string work, int callerPerMinute, int tenantPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _callers = Buckets(callerPerMinute);
    private readonly PartitionedRateLimiter<string> _tenants = Buckets(tenantPerMinute);

    /// <summary>Takes <paramref name="cost"/> permits for the caller and its tenant, or says why not.</summary>
    public RateLimitDecision TryAcquire(string callerKey, string tenantId, int cost)
    {
        using var caller = _callers.AttemptAcquire(callerKey, Math.Min(cost, callerPerMinute));
        if (!caller.IsAcquired)
        {
            return Refused(caller, $"This caller has used its {work} allowance of {callerPerMinute} per minute.");
        }
        using var tenant = _tenants.AttemptAcquire(tenantId, Math.Min(cost, tenantPerMinute));
        return tenant.IsAcquired
            ? RateLimitDecision.Allow
            : Refused(tenant, $"This tenant has used its {work} allowance of {tenantPerMinute} per minute.");
    }

    public void Dispose()
    {
        _callers.Dispose();
        _tenants.Dispose();
    }

    private static RateLimitDecision Refused(RateLimitLease lease, string why)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return new RateLimitDecision(false, retryAfter, why);
    }

    private static PartitionedRateLimiter<string> Buckets(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute >= 60 ? (int)Math.Ceiling(perMinute / 60.0) : 1,
            ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
