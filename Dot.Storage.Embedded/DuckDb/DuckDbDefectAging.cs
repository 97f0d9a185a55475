using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A <see cref="DefectAgingQuery"/> as one scan of the current defects open at its time, with one
/// <c>count(*) FILTER</c> per age range: an age in [from, to) is a creation time in (at - to, at - from].
/// </summary>
internal static class DuckDbDefectAging
{
    public static async Task<IReadOnlyList<DefectAgeCount>> ReadAsync(DuckDBConnection connection, DefectAgingQuery query, CancellationToken cancellationToken)
    {
        var at = query.At.UtcDateTime;
        var sql = new DuckDbSql().Append("SELECT ");
        for (var i = 0; i < DefectAge.Buckets.Count; i++)
        {
            var age = DefectAge.Buckets[i];
            sql.Append(i == 0 ? "count(*) FILTER (WHERE created <= " : ", count(*) FILTER (WHERE created <= ").Value(at - age.From);
            if (age.To is { } to)
            {
                sql.Append(" AND created > ").Value(at - to);
            }
            sql.Append(")");
        }
        sql.Append($" FROM {DuckDbSchema.WorkItems}").WhereCurrent(query.Scope, WorkItemType.Defect)
            .Append(" AND created <= ").Value(at)
            .Append(" AND NOT (").IsDone().Append(" AND (resolved IS NULL OR resolved <= ").Value(at).Append("))");

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return DefectAge.Buckets.Select((age, i) => new DefectAgeCount(age, reader.GetInt64(i))).ToList();
    }
}
