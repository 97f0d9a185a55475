namespace Dot.Portal.Api.Models;

/// <summary>A work item, by key only.</summary>
public sealed record WorkItemKey(string Key);
