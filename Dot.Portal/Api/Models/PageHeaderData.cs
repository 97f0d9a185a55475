namespace Dot.Portal.Api.Models;

/// <summary>PageHeader.graphql: the signed-in user and the tenant's datasets.</summary>
public sealed record PageHeaderData(Viewer Me, IReadOnlyList<Dataset> Datasets)
{
    /// <summary>The tenant's dataset with this id; null for any other id (another tenant's included).</summary>
    public Dataset? Find(string id) => Datasets.FirstOrDefault(dataset => string.Equals(dataset.Id, id, StringComparison.Ordinal));
}
