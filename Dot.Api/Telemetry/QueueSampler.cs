using Dot.Domain.Jobs;

namespace Dot.Api.Telemetry;

/// <summary>
/// Reads the queue's depth and age every 15 seconds for the gauges: an exporter's collection must not wait on a
/// database, and the queue is shared by every instance, so any one's sample is the whole queue.
/// </summary>
public sealed class QueueSampler(IUploadJobs jobs, UploadMetrics metrics, TimeProvider clock, ILogger<QueueSampler> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                metrics.Sampled(await jobs.StateAsync(stoppingToken), clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                TelemetryLog.QueueNotSampled(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
