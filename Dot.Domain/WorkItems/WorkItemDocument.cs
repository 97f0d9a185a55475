namespace Dot.Domain.WorkItems;

/// <summary>A work item as the analytics store keeps it: the item, where it belongs, and when its upload arrived.</summary>
public sealed record WorkItemDocument(string TenantId, string DatasetId, string UploadId, ParsedWorkItem Item, DateTimeOffset UploadedAt);
