using System.Text;
using Dot.Api.Telemetry;
using Dot.Domain.Connectors;
using Dot.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors;

/// <summary>
/// Runs one connector while holding its lease: opens the secret, lets the kind's fetcher pull page by page (the lease
/// kept alive by a heartbeat), records the outcome in one sentence, marks the connector when only its owner can fix
/// it, and sets its next run from now (so a schedule missed while DoT was down runs once, not once per missed slot).
/// </summary>
public sealed partial class ConnectorRunner(
    ConnectorRunServices services,
    ISecretProtector secrets,
    IEnumerable<IConnectorFetcher> fetchers,
    TimeProvider clock,
    IOptions<ConnectorOptions> options,
    ConnectorMetrics metrics,
    ILogger<ConnectorRunner> logger)
{
    private IConnectorStore Connectors => services.Connectors;

    private IConnectorRunStore Runs => services.Runs;

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Takes the lease and runs the connector's queued run (or a scheduled one); false when another holder has it.</summary>
    public async Task<bool> TryRunAsync(Connector connector, string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var now = clock.GetUtcNow();
        if (!await Connectors.TryLeaseAsync(connector.TenantId, connector.Id, holder, now, now + Lease, cancellationToken))
        {
            return false;
        }
        try
        {
            // Read again under the lease: another holder may have run it (and moved its cursor) since it was listed.
            if (await Connectors.FindAsync(connector.TenantId, connector.Id, cancellationToken) is not { Enabled: true } current
                || current.NextRunAt > now)
            {
                return false;
            }
            var run = await Runs.FindQueuedAsync(current.TenantId, current.Id, cancellationToken)
                ?? new ConnectorRun(Domain.Identifiers.OpaqueId.New(ConnectorRun.IdPrefix), current.TenantId, current.Id, ConnectorRunTrigger.Schedule, ConnectorRunStatus.Queued, now);
            await RunAsync(current, run, holder, cancellationToken);
            return true;
        }
        finally
        {
            await Connectors.ReleaseLeaseAsync(connector.TenantId, connector.Id, holder, CancellationToken.None);
        }
    }

    private async Task RunAsync(Connector connector, ConnectorRun queued, string holder, CancellationToken cancellationToken)
    {
        using var activity = DotTelemetry.Source.StartActivity("connector.run");
        activity?.SetTag(DotTelemetry.TenantTag, connector.TenantId).SetTag("dot.connector_id", connector.Id).SetTag("dot.connector_kind", connector.Kind.ToString());
        var run = queued with { Status = ConnectorRunStatus.Running, StartedAt = clock.GetUtcNow() };
        await Runs.SaveAsync(run, cancellationToken);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(connector, holder, heartbeatStop.Token);
        ConnectorRunContext? context = null;
        var needsAttention = false;
        try
        {
            var secret = await OpenSecretAsync(connector, cancellationToken);
            var fetcher = fetchers.For(connector.Kind);
            context = new ConnectorRunContext(connector, secret, run, holder, services);
            await fetcher.FetchAsync(context, cancellationToken);
            run = context.Run with { Status = ConnectorRunStatus.Succeeded };
        }
        catch (ConnectorException failure)
        {
            needsAttention = failure.NeedsAttention;
            run = (context?.Run ?? run) with { Status = ConnectorRunStatus.Failed, Error = failure.Message };
            LogRunFailed(connector.TenantId, connector.Id, run.Id, failure.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run = (context?.Run ?? run) with { Status = ConnectorRunStatus.Failed, Error = "The run was stopped (DoT shut down); the next run resumes from the cursor." };
        }
#pragma warning disable CA1031 // A run's unexpected failure is recorded on the run; the scheduler goes on with the others.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            run = (context?.Run ?? run) with { Status = ConnectorRunStatus.Failed, Error = "The run failed unexpectedly; DoT's log has the details." };
            LogRunCrashed(exception, connector.TenantId, connector.Id, run.Id);
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
        await FinishAsync(connector, run with { FinishedAt = clock.GetUtcNow() }, needsAttention);
        activity?.SetTag("dot.outcome", run.Status.ToString().ToLowerInvariant()).SetTag("dot.items", run.ItemsFetched);
        metrics.Finished(connector.Kind, run);
    }

    private async Task FinishAsync(Connector connector, ConnectorRun run, bool needsAttention)
    {
        await Runs.SaveAsync(run, CancellationToken.None);
        var latest = await Connectors.FindAsync(connector.TenantId, connector.Id, CancellationToken.None) ?? connector;
        var next = ConnectorSchedule.NextRun(latest.Schedule, clock.GetUtcNow(), TimeSpan.FromSeconds(options.Value.JitterSeconds));
        await Connectors.UpdateAsync(latest with { NextRunAt = next, NeedsAttention = latest.NeedsAttention || needsAttention }, CancellationToken.None);
    }

    private async Task<string> OpenSecretAsync(Connector connector, CancellationToken cancellationToken)
    {
        var sealedSecret = await Connectors.FindSecretAsync(connector.TenantId, connector.Id, cancellationToken)
            ?? throw new ConnectorException("The connector has no secret: set it with setConnectorSecret.", needsAttention: true);
        try
        {
            return Encoding.UTF8.GetString(await secrets.UnprotectAsync(sealedSecret, connector.SecretContext, cancellationToken));
        }
        catch (System.Security.Cryptography.CryptographicException exception)
        {
            throw new ConnectorException("The secret cannot be decrypted for this connector: set it again.", true, exception);
        }
    }

    private async Task HeartbeatAsync(Connector connector, string holder, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, clock, cancellationToken);
                var now = clock.GetUtcNow();
                await Connectors.TryLeaseAsync(connector.TenantId, connector.Id, holder, now, now + Lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector run failed: tenant {TenantId}, connector {ConnectorId}, run {RunId}: {Reason}")]
    private partial void LogRunFailed(string tenantId, string connectorId, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector run crashed: tenant {TenantId}, connector {ConnectorId}, run {RunId}")]
    private partial void LogRunCrashed(Exception exception, string tenantId, string connectorId, string runId);
}
