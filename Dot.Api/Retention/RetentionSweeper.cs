using Microsoft.Extensions.Options;

namespace Dot.Api.Retention;

/// <summary>Runs <see cref="RetentionSweep"/> at start and every <see cref="RetentionOptions.SweepIntervalMinutes"/>; a failed pass is logged and the next resumes.</summary>
public sealed class RetentionSweeper(RetentionSweep sweep, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes), clock);
        do
        {
            try
            {
                await sweep.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                RetentionLog.Failed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
