namespace Dot.Domain.Analytics;

/// <summary>
/// Whose results an analytics query reads: one tenant, and those of its datasets the caller may read (possibly none).
/// Adapters filter on both in every query they send; the tenant never comes from anywhere else.
/// </summary>
public sealed record AnalyticsScope
{
    public AnalyticsScope(string tenantId, IReadOnlyList<string> datasetIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(datasetIds);
        TenantId = tenantId;
        DatasetIds = datasetIds;
    }

    public string TenantId { get; }

    public IReadOnlyList<string> DatasetIds { get; }

    public static AnalyticsScope Of(string tenantId, params string[] datasetIds) => new(tenantId, datasetIds);

    public bool Equals(AnalyticsScope? other) =>
        other is not null && TenantId == other.TenantId && ListEquality.Equal(DatasetIds, other.DatasetIds);

    public override int GetHashCode() => HashCode.Combine(TenantId, ListEquality.HashOf(DatasetIds));
}
