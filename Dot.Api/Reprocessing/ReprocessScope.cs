namespace Dot.Api.Reprocessing;

/// <summary>Which uploads to process again: every tenant's (nothing set), one tenant's, or one dataset of one tenant.</summary>
public sealed record ReprocessScope
{
    public ReprocessScope(string? tenantId, string? datasetId)
    {
        if (datasetId is not null && tenantId is null)
        {
            throw new ReprocessScopeException("A dataset is named with its tenant: give --tenant too.");
        }
        (TenantId, DatasetId) = (tenantId, datasetId);
    }

    public string? TenantId { get; }

    public string? DatasetId { get; }
}
