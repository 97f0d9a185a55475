using Dot.Domain.Secrets;

namespace Dot.Domain.Connectors;

/// <summary>
/// Port: connectors, their sealed secrets, cursors and run leases. Every call but <see cref="ListDueAsync"/> names
/// the tenant first, and another tenant's connector id reads as unknown.
/// </summary>
public interface IConnectorStore
{
    Task CreateAsync(Connector connector, CancellationToken cancellationToken);

    Task<Connector?> FindAsync(string tenantId, string connectorId, CancellationToken cancellationToken);

    /// <summary>The tenant's connectors, of one dataset when <paramref name="datasetId"/> is given, ordered by name.</summary>
    Task<IReadOnlyList<Connector>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken);

    /// <summary>Stores name, settings, schedule, enabled, next run and attention flag; false when the connector is unknown.</summary>
    Task<bool> UpdateAsync(Connector connector, CancellationToken cancellationToken);

    /// <summary>Deletes the connector, its secret and its runs; false when it is unknown.</summary>
    Task<bool> DeleteAsync(string tenantId, string connectorId, CancellationToken cancellationToken);

    /// <summary>Replaces the connector's sealed secret and records when; false when the connector is unknown.</summary>
    Task<bool> SetSecretAsync(string tenantId, string connectorId, SealedSecret secret, DateTimeOffset at, CancellationToken cancellationToken);

    Task<SealedSecret?> FindSecretAsync(string tenantId, string connectorId, CancellationToken cancellationToken);

    /// <summary>Moves the cursor; only the holder of the run lease may, so a run that lost its lease cannot.</summary>
    Task<bool> SaveCursorAsync(string tenantId, string connectorId, string leaseHolder, string? cursor, CancellationToken cancellationToken);

    /// <summary>Enabled connectors of every tenant whose next run is at or before <paramref name="now"/> and whose lease is free.</summary>
    Task<IReadOnlyList<Connector>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the connector's run lease for <paramref name="holder"/> until <paramref name="until"/> when nobody holds
    /// it (or its lease expired), or extends it when <paramref name="holder"/> already does; false otherwise.
    /// </summary>
    Task<bool> TryLeaseAsync(string tenantId, string connectorId, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(string tenantId, string connectorId, string holder, CancellationToken cancellationToken);
}
