using Dot.Domain.Analytics;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>The conditions every analytics read starts from: the scope's tenant first, always, then its datasets; and windows.</summary>
internal static class DuckDbScopeConditions
{
    /// <summary>Appends <c>WHERE tenant_id = … AND dataset_id IN (…)</c>; a scope without datasets reads nothing.</summary>
    public static DuckDbSql WhereIn(this DuckDbSql sql, AnalyticsScope scope)
    {
        sql.Append(" WHERE tenant_id = ").Value(scope.TenantId);
        return scope.DatasetIds.Count == 0
            ? sql.Append(" AND false") // "IN ()" is not SQL
            : sql.Append(" AND dataset_id IN ").Values(scope.DatasetIds);
    }

    /// <summary>Appends the condition that the TIMESTAMP <paramref name="column"/> is in <paramref name="window"/>, [from, to).</summary>
    public static DuckDbSql Within(this DuckDbSql sql, string column, TimeWindow window) =>
        sql.Append($" AND {column} >= ").Value(window.From.UtcDateTime).Append($" AND {column} < ").Value(window.To.UtcDateTime);
}
