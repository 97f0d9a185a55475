using Dot.Domain.Analytics;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A window [from, to) (either end open) cut into the whole UTC days inside it, which the rollups answer, and the
/// parts of days at its edges, which only <c>test_results</c> can answer. A window inside one day, or across a
/// midnight without a whole day, is all edge.
/// </summary>
internal sealed class DuckDbDayCover
{
    private readonly DateTime? _firstDay;
    private readonly DateTime? _endDay;
    private readonly bool _hasDays;

    public DuckDbDayCover(DateTimeOffset? from, DateTimeOffset? to)
    {
        DateTime? start = from?.UtcDateTime, end = to?.UtcDateTime;
        _firstDay = start is { } s ? (s == s.Date ? s : s.Date.AddDays(1)) : null;
        _endDay = end?.Date;
        _hasDays = _firstDay is not { } first || _endDay is not { } last || first < last;
        if (!_hasDays)
        {
            Edges = [(start!.Value, end!.Value)];
            return;
        }
        var edges = new List<(DateTime From, DateTime To)>();
        if (start is { } begin && begin < _firstDay!.Value)
        {
            edges.Add((begin, _firstDay.Value));
        }
        if (end is { } finish && _endDay!.Value < finish)
        {
            edges.Add((_endDay.Value, finish));
        }
        Edges = edges;
    }

    /// <summary>The parts of days, [from, to) each, that the rollups cannot answer.</summary>
    public IReadOnlyList<(DateTime From, DateTime To)> Edges { get; }

    /// <summary>
    /// Appends <c>SELECT columns FROM rollup</c> for the scope's whole days, and, when the window has edges,
    /// <c>UNION ALL</c> the same columns of the rows <paramref name="select"/> computes from <c>test_results</c>
    /// for the edges (it appends a select given the function that appends its WHERE clause).
    /// </summary>
    public DuckDbSql Rows(
        DuckDbSql sql, string columns, string rollup, AnalyticsScope scope, Func<DuckDbSql, Func<DuckDbSql, DuckDbSql>, DuckDbSql> select)
    {
        WholeDays(sql, columns, rollup, scope);
        return Edges.Count > 0 ? EdgeDays(sql.Append(" UNION ALL "), columns, rollup, scope, select) : sql;
    }

    /// <summary>Appends <c>SELECT columns FROM rollup</c> for the scope's whole days.</summary>
    public DuckDbSql WholeDays(DuckDbSql sql, string columns, string rollup, AnalyticsScope scope) =>
        Days(sql.Append($"SELECT {columns} FROM {rollup}").WhereIn(scope));

    /// <summary>
    /// Appends the select of the same columns of the rows <paramref name="select"/> computes from <c>test_results</c>
    /// for the edges, or of none (from <paramref name="rollup"/>, for the columns' types) when there are no edges. Each
    /// edge is a select of its own (<c>UNION ALL</c>; two edges are never on one day): DuckDB skips row groups by one
    /// <c>ts</c> range, not by an <c>OR</c> of two, which read every row of the scope.
    /// </summary>
    public DuckDbSql EdgeDays(
        DuckDbSql sql, string columns, string rollup, AnalyticsScope scope, Func<DuckDbSql, Func<DuckDbSql, DuckDbSql>, DuckDbSql> select)
    {
        if (Edges.Count == 0)
        {
            return sql.Append($"SELECT {columns} FROM {rollup} WHERE false");
        }
        for (var i = 0; i < Edges.Count; i++)
        {
            var (from, to) = Edges[i];
            sql.Append(i == 0 ? $"SELECT {columns} FROM (" : $" UNION ALL SELECT {columns} FROM (");
            select(sql, edge => edge.WhereIn(scope).Append(" AND NOT superseded AND ts >= ").Value(from).Append(" AND ts < ").Value(to)).Append(")");
        }
        return sql;
    }

    /// <summary>Appends the condition on a rollup's <c>day</c> column that keeps the whole days (none, when there are none).</summary>
    private DuckDbSql Days(DuckDbSql sql)
    {
        if (!_hasDays)
        {
            return sql.Append(" AND false");
        }
        if (_firstDay is { } first)
        {
            sql.Append(" AND day >= ").Value(first);
        }
        if (_endDay is { } end)
        {
            sql.Append(" AND day < ").Value(end);
        }
        return sql;
    }
}
