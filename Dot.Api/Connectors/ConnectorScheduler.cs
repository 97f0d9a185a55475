using Dot.Domain.Connectors;
using Dot.Domain.Identifiers;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors;

/// <summary>
/// Runs the connectors that are due, on every instance that has it on: each poll (or wake-up) lists due connectors and
/// runs those whose lease it takes, so two instances never run one connector at once. Up to
/// <see cref="ConnectorOptions.MaxParallelRuns"/> run side by side (runs wait on the network, not the CPU); the next
/// poll comes when the whole batch is done.
/// </summary>
public sealed partial class ConnectorScheduler(
    IConnectorStore connectors, ConnectorRunner runner, ConnectorSignal signal, TimeProvider clock, IOptions<ConnectorOptions> options, ILogger<ConnectorScheduler> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>This instance's name on the leases it takes.</summary>
    public string Holder { get; } = OpaqueId.New("sch");

    /// <summary>Runs every connector due now whose lease this scheduler takes; returns how many it ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        var due = await connectors.ListDueAsync(clock.GetUtcNow(), BatchSize, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelRuns, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (connector, token) =>
        {
            if (await runner.TryRunAsync(connector, Holder, token))
            {
                Interlocked.Increment(ref ran);
            }
        });
        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                if (await RunDueAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The scheduler must outlive a failed poll (a locked database, say); the next poll tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPollFailed(exception);
            }
            await Task.WhenAny(wake, Task.Delay(poll, clock, stoppingToken));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due connectors failed")]
    private partial void LogPollFailed(Exception exception);
}
