using Dot.Domain.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dot.Api.Health;

/// <summary>
/// One store's readiness: its probe answered, or not. The answer names no path and carries no exception text (the
/// body is for anyone who can reach the port); the log says what went wrong.
/// </summary>
public sealed class StoreProbeCheck(IStoreProbe probe, ILogger<StoreProbeCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await probe.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy("answers");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            HealthLog.StoreFailed(logger, exception, probe.Name);
            return HealthCheckResult.Unhealthy("does not answer");
        }
    }
}
