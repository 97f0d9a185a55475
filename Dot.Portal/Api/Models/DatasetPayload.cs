namespace Dot.Portal.Api.Models;

/// <summary>The dataset a mutation created.</summary>
public sealed record DatasetPayload(Dataset Dataset);
