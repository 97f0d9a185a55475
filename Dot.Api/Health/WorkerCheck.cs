using Dot.Api.Uploads;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dot.Api.Health;

/// <summary>The ingest worker runs on this instance (or is switched off with <c>Uploads:RunWorker=false</c>, which is not a fault).</summary>
public sealed class WorkerCheck(IEnumerable<IHostedService> hostedServices) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(hostedServices.OfType<UploadProcessor>().SingleOrDefault() switch
        {
            null => HealthCheckResult.Healthy("off on this instance"),
            { ExecuteTask: { IsCompleted: false } } => HealthCheckResult.Healthy("running"),
            { ExecuteTask: null } => HealthCheckResult.Unhealthy("not started"),
            _ => HealthCheckResult.Unhealthy("stopped"),
        });
}
