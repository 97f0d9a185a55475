namespace Dot.Domain.Datasets;

/// <summary>Port: datasets. Every call names the tenant, so no adapter can answer across tenants.</summary>
public interface IDatasetStore
{
    /// <summary>
    /// Stores a new dataset; false, storing nothing, when its tenant already has a dataset of that name (names are
    /// unique within a tenant, compared exactly; another tenant may use the same name).
    /// </summary>
    Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken);

    /// <summary>The tenant's datasets ordered by name; empty for a tenant without any.</summary>
    Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The tenant's dataset of that id; null when it is unknown or another tenant's.</summary>
    Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken);

    /// <summary>Sets (or with null clears) the dataset's retention; returns the dataset changed, or null when it is unknown or another tenant's.</summary>
    Task<Dataset?> SetRetentionAsync(string tenantId, string datasetId, int? retentionDays, CancellationToken cancellationToken);
}
