namespace Dot.Domain.Connectors;

/// <summary>Port: the runs of connectors, tenant first.</summary>
public interface IConnectorRunStore
{
    /// <summary>Stores a new run, or replaces the stored run with the same id (its progress and outcome).</summary>
    Task SaveAsync(ConnectorRun run, CancellationToken cancellationToken);

    Task<ConnectorRun?> FindAsync(string tenantId, string runId, CancellationToken cancellationToken);

    /// <summary>The oldest queued run of the connector, or null.</summary>
    Task<ConnectorRun?> FindQueuedAsync(string tenantId, string connectorId, CancellationToken cancellationToken);

    /// <summary>A connector's runs, newest first, after the run <paramref name="afterId"/> when given.</summary>
    Task<IReadOnlyList<ConnectorRun>> ListAsync(string tenantId, string connectorId, int limit, string? afterId, CancellationToken cancellationToken);
}
