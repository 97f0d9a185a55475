namespace Dot.Portal.Api.Models;

/// <summary>CreateDataset.graphql.</summary>
public sealed record CreateDatasetData(DatasetPayload CreateDataset);
