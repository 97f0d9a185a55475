using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The WHERE clause of every aggregate over <c>work_items</c>: the scope, only the latest upload of each key (the
/// rows no later upload superseded), and optionally one type. Types and status categories are stored by name.
/// </summary>
internal static class DuckDbWorkItemConditions
{
    public static DuckDbSql WhereCurrent(this DuckDbSql sql, AnalyticsScope scope, WorkItemType? type)
    {
        sql.WhereIn(scope).Append(" AND NOT superseded");
        return type is { } only ? sql.Append(" AND type = ").Value(only.ToString()) : sql;
    }

    /// <summary>Appends a condition true for items whose status category is Done.</summary>
    public static DuckDbSql IsDone(this DuckDbSql sql) =>
        sql.Append("status_category = ").Value(nameof(WorkItemStatusCategory.Done));
}
