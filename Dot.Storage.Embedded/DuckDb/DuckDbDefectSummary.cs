using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A <see cref="DefectSummaryQuery"/> as one scan: the group key per current defect created in the window (one row
/// per component, a null one for an item without), then counts per key. Largest first, then by key, nulls first.
/// </summary>
internal static class DuckDbDefectSummary
{
    public static async Task<IReadOnlyList<DefectGroup>> ReadAsync(DuckDBConnection connection, DefectSummaryQuery query, CancellationToken cancellationToken)
    {
        var sql = new DuckDbSql().Append("SELECT key, count(*) AS total, count(*) FILTER (WHERE NOT done), count(*) FILTER (WHERE done) FROM (SELECT ")
            .Append(KeyOf(query.GroupBy)).Append(" AS key, ").IsDone().Append($" AS done FROM {DuckDbSchema.WorkItems}")
            .WhereCurrent(query.Scope, WorkItemType.Defect).Within("created", query.Window)
            .Append(") GROUP BY key ORDER BY total DESC, key ASC NULLS FIRST LIMIT ").Value(query.Size);

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<DefectGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new DefectGroup(DuckDbValues.StringOrNull(reader, 0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
        return groups;
    }

    private static string KeyOf(DefectGroupField field) => field switch
    {
        DefectGroupField.Severity => "severity",
        DefectGroupField.Priority => "priority",
        DefectGroupField.Status => "status",
        DefectGroupField.Component => "unnest(CASE WHEN len(components) = 0 THEN [NULL::VARCHAR] ELSE components END)",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown defect field."),
    };
}
