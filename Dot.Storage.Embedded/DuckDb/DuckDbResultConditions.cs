using Dot.Domain.Analytics;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The WHERE clause every analytics read of <c>test_results</c> starts from: the tenant first (always, from the
/// query's scope), its datasets, final executions only, the window, then the filter's conditions.
/// </summary>
internal static class DuckDbResultConditions
{
    /// <summary>The run id: the run key, or the upload id of an upload sent without one.</summary>
    public const string RunId = "coalesce(run_key, upload_id)";

    public static DuckDbSql Where(this DuckDbSql sql, AnalyticsScope scope, TimeWindow window, ResultFilter? filter = null)
    {
        sql.WhereIn(scope).Append(" AND NOT superseded").Within("ts", window);
        if (filter is null)
        {
            return sql;
        }
        if (filter.Statuses is { } statuses)
        {
            sql.Append(" AND status IN ").Values(statuses.Distinct().Select(DuckDbStatusCodes.Of));
        }
        Equal(sql, "suite", filter.Suite);
        Equal(sql, "class_name", filter.ClassName);
        Equal(sql, "environment", filter.Environment);
        Equal(sql, RunId, filter.Run);
        if (filter.NameContains is { } text)
        {
            sql.Append(" AND name ILIKE ").Value(ContainsPattern(text)).Append(" ESCAPE '\\'");
        }
        return sql;
    }

    /// <summary>A LIKE pattern matching text that holds <paramref name="text"/>, its wildcards and escapes taken literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static void Equal(DuckDbSql sql, string column, string? value)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(column).Append(" = ").Value(value);
        }
    }
}
