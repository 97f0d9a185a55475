namespace Dot.Domain.Datasets;

/// <summary>Port: datasets. Every call names the tenant, so no adapter can answer across tenants.</summary>
public interface IDatasetStore
{
    /// <summary>Stores a new dataset; false when the tenant already has a dataset of that name.</summary>
    Task<bool> TryCreateAsync(Dataset dataset, CancellationToken cancellationToken);

    Task<IReadOnlyList<Dataset>> ListAsync(string tenantId, CancellationToken cancellationToken);

    Task<Dataset?> FindAsync(string tenantId, string datasetId, CancellationToken cancellationToken);
}
