namespace Dot.Domain.Results;

/// <summary>Which results to summarise: one dataset of one tenant, optionally a time window [From, To).</summary>
public sealed record TestSummaryQuery(string TenantId, string DatasetId, DateTimeOffset? From, DateTimeOffset? To);
