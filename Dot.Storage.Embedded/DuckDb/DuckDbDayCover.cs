using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A window [from, to) (either end open) cut into the UTC days whose rollup rows the rollups answer, and the rest,
/// which only <c>test_results</c> can answer: the parts of days at its edges, the whole days whose rollups a write
/// left stale (<see cref="DuckDbStaleDays"/>), and the executions added to a day after the latest one its rollups hold,
/// when only later ones were (its <see cref="TailDays"/>, decision 0020). The window's last day, when it ends after that
/// day's midnight and after the latest execution the day's rollups hold, is such a day too: a dashboard's window ends
/// "now", after everything stored, so today is today's rollups and what came since. A window inside one day, or across a
/// midnight without a whole day, is all edge otherwise. Read in the same snapshot as the statement it builds
/// (<see cref="DuckDbTransactions.InSnapshotAsync{T}"/>), so every execution is answered once, from one or the other.
/// </summary>
internal sealed class DuckDbDayCover
{
    private static readonly TimeSpan Microsecond = TimeSpan.FromMicroseconds(1);

    private readonly DateTime? _firstDay;
    private readonly DateTime? _endDay;
    private readonly bool _hasDays;
    private readonly IReadOnlyList<DateTime> _staleDays;

    private DuckDbDayCover(DateTimeOffset? from, DateTimeOffset? to, IReadOnlyList<StaleDay> staleDays, DateTime? lastDayRolledUpTo)
    {
        DateTime? start = from?.UtcDateTime, end = to?.UtcDateTime;
        _firstDay = start is { } s ? (s == s.Date ? s : s.Date.AddDays(1)) : null;
        _endDay = lastDayRolledUpTo is null ? end?.Date : end!.Value.Date.AddDays(1);
        _hasDays = _firstDay is not { } first || _endDay is not { } last || first < last;
        _staleDays = [.. staleDays.Where(day => day.RolledUpTo is null).Select(day => day.Day)];
        TailDays = [.. staleDays.Where(day => day.RolledUpTo is not null).Select(day => day.Day), .. lastDayRolledUpTo is null ? [] : new[] { end!.Value.Date }];
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
        foreach (var day in staleDays)
        {
            Add(edges, (day.RolledUpTo is { } rolledUpTo ? rolledUpTo + Microsecond : day.Day, day.Day.AddDays(1)));
        }
        if (lastDayRolledUpTo is { } lastRolledUpTo)
        {
            Add(edges, (lastRolledUpTo + Microsecond, end!.Value));
        }
        else if (end is { } finish && _endDay!.Value < finish)
        {
            Add(edges, (_endDay.Value, finish));
        }
        Edges = edges;
    }

    /// <summary>The cover of [<paramref name="from"/>, <paramref name="to"/>) for <paramref name="scope"/>, with the scope's stale days read on <paramref name="connection"/>.</summary>
    public static async Task<DuckDbDayCover> ReadAsync(
        DuckDBConnection connection, AnalyticsScope scope, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var current = new DuckDbDayCover(from, to, [], null);
        var lastDay = LastDayOfRollupsAndLater(scope, from, to);
        if (!current._hasDays && lastDay is null)
        {
            return current;
        }
        var stale = await DuckDbStaleDays.InAsync(connection, scope, current._firstDay, lastDay ?? current._endDay?.AddDays(-1), cancellationToken);
        if (lastDay is not { } day)
        {
            return stale.Count == 0 ? current : new DuckDbDayCover(from, to, stale, null);
        }
        var rolledUpTo = stale is [.., var last] && last.Day == day ? last.RolledUpTo : await RolledUpToAsync(connection, scope, day, cancellationToken);
        var before = stale.Where(staleDay => staleDay.Day < day).ToList();
        return new DuckDbDayCover(from, to, before, rolledUpTo < to!.Value.UtcDateTime ? rolledUpTo : null);
    }

    /// <summary>The days whose rollup rows hold their executions up to a time only, and whose later ones are in <see cref="Edges"/>.</summary>
    public IReadOnlyList<DateTime> TailDays { get; }

    /// <summary>The parts of days and the stale days, [from, to) each, ascending, adjacent ones joined: what the rollups cannot answer.</summary>
    public IReadOnlyList<(DateTime From, DateTime To)> Edges { get; }

    /// <summary>
    /// Appends <c>SELECT columns FROM rollup</c> for the scope's current whole days, and, when the window has edges,
    /// <c>UNION ALL</c> the same columns of the rows <paramref name="select"/> computes from <c>test_results</c>
    /// for the edges (it appends a select given the function that appends its WHERE clause).
    /// </summary>
    public DuckDbSql Rows(
        DuckDbSql sql, string columns, string rollup, AnalyticsScope scope, Func<DuckDbSql, Func<DuckDbSql, DuckDbSql>, DuckDbSql> select)
    {
        WholeDays(sql, columns, rollup, scope);
        return Edges.Count > 0 ? EdgeDays(sql.Append(" UNION ALL "), columns, rollup, scope, select) : sql;
    }

    /// <summary>Appends <c>SELECT columns FROM rollup</c> for the scope's current whole days.</summary>
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

    /// <summary>Appends the condition on a rollup's <c>day</c> column that keeps the current whole days (none, when there are none).</summary>
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
        return _staleDays.Count == 0 ? sql : sql.Append(" AND day NOT IN ").Values(_staleDays);
    }

    /// <summary>
    /// The window's last day, when the window starts by its midnight and ends after it: the rollups may hold its
    /// executions up to a time before the window's end. Only for one dataset (<see cref="DuckDbStaleDays.InAsync"/>).
    /// </summary>
    private static DateTime? LastDayOfRollupsAndLater(AnalyticsScope scope, DateTimeOffset? from, DateTimeOffset? to) =>
        scope.DatasetIds.Count == 1 && to?.UtcDateTime is { } end && end > end.Date && (from is null || from.Value.UtcDateTime <= end.Date)
            ? end.Date
            : null;

    private static async Task<DateTime?> RolledUpToAsync(DuckDBConnection connection, AnalyticsScope scope, DateTime day, CancellationToken cancellationToken)
    {
        using var command = new DuckDbSql().Append($"SELECT max(covered_to) FROM {DuckDbSchema.DatasetDays}").WhereIn(scope)
            .Append(" AND day = ").Value(day).Command(connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime rolledUpTo ? rolledUpTo : null;
    }

    /// <summary>Adds a range after the others, joined to the last one when they meet.</summary>
    private static void Add(List<(DateTime From, DateTime To)> edges, (DateTime From, DateTime To) range)
    {
        if (edges.Count > 0 && edges[^1].To == range.From)
        {
            edges[^1] = (edges[^1].From, range.To);
            return;
        }
        edges.Add(range);
    }
}
