namespace Dot.Domain.Audit;

/// <summary>Which events to list: of one action, of one actor's subject, or both; null matches every value.</summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null);
