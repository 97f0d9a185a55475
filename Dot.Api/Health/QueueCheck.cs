using Dot.Domain.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dot.Api.Health;

/// <summary>The upload queue moves: its oldest job has waited less than <see cref="HealthOptions.MaxQueueAgeSeconds"/>.</summary>
public sealed class QueueCheck(IUploadJobs jobs, TimeProvider clock, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if ((await jobs.StateAsync(cancellationToken)).OldestQueuedAt is not { } oldest)
        {
            return HealthCheckResult.Healthy("empty");
        }
        var age = (long)(clock.GetUtcNow() - oldest).TotalSeconds;
        var limit = options.Value.MaxQueueAgeSeconds;
        return age < limit
            ? HealthCheckResult.Healthy($"oldest job queued {age} s ago")
            : HealthCheckResult.Unhealthy($"oldest job queued {age} s ago, over the {limit} s limit");
    }
}
