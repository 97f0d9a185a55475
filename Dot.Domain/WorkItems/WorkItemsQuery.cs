namespace Dot.Domain.WorkItems;

/// <summary>A page of one dataset's current work items (the latest upload of each key), by key, optionally of one type.</summary>
public sealed record WorkItemsQuery(string TenantId, string DatasetId, WorkItemType? Type, int Limit, string? AfterKey);
