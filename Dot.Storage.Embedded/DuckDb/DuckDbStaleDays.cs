using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The <c>rollup_stale_days</c> table: the days of each dataset whose rollup rows a write changed and that are not
/// computed again yet, with when the first such write marked them (decision 0018). A write marks its days in its own
/// transaction; readers answer a stale day from <c>test_results</c>, as they answer the parts of days at a window's
/// edges (<see cref="DuckDbDayCover"/>); the rollup refresher (<see cref="DuckDbRollupRefresher"/>) computes the days
/// stale for long enough again, the writes of that time at once. A day is marked <c>appended_after</c> when every
/// write since its rollups were computed only added executions later than the latest one they were computed over
/// (<c>covered_to</c> of its <c>rollup_dataset_days</c> row): its rollup rows are still exact up to that time, and
/// readers add only the later executions (decision 0020).
/// </summary>
internal static class DuckDbStaleDays
{
    private const string Table = DuckDbSchema.StaleDays;

    // A day already marked keeps its mark: one marked for later executions only stays so, since this write's are
    // later than its rollups too, unless the write rewrote the day (Rewritten).
    private const string MarkSpan = $"""
        INSERT INTO {Table}
        SELECT $tenant, $dataset, CAST(d AS DATE), $now, $appended FROM range($first, $end, INTERVAL 1 DAY) AS days(d)
        WHERE CAST(d AS DATE) NOT IN (SELECT day FROM {Table} WHERE tenant_id = $tenant AND dataset_id = $dataset)
        """;

    private const string Rewritten = $"""
        UPDATE {Table} SET appended_after = false
        WHERE tenant_id = $tenant AND dataset_id = $dataset AND day >= $first AND day < $end AND appended_after
        """;

    // Two microseconds: a time is stored to the microsecond, by whichever rounding, as a parameter or appended.
    private const string LaterThanRollups = $"""
        SELECT EXISTS (SELECT 1 FROM {DuckDbSchema.DatasetDays}
                       WHERE tenant_id = $tenant AND dataset_id = $dataset AND day = $day AND covered_to + INTERVAL 2 MICROSECOND < $earliest)
        """;

    private const string Marks = $"""
        SELECT day, bool_and(coalesce(appended_after, false)), max(covered_to) FROM (SELECT * FROM {Table}
        """;

    // Consecutive days of one dataset marked alike make one span: their day minus their rank is the same.
    private const string Spans = $"""
        SELECT tenant_id, dataset_id, min(day), max(day), appended FROM (
            SELECT *, coalesce(appended_after, false) AS appended,
                   day - CAST(row_number() OVER (PARTITION BY tenant_id, dataset_id, coalesce(appended_after, false) ORDER BY day) AS INTEGER) AS island
            FROM {Table} WHERE marked_at <= $due)
        GROUP BY tenant_id, dataset_id, appended, island
        ORDER BY min(day), tenant_id, dataset_id
        """;

    private const string ClearSpan = $"DELETE FROM {Table} WHERE tenant_id = $tenant AND dataset_id = $dataset AND day >= $first AND day <= $last";

    /// <summary>
    /// Marks the days of <paramref name="appended"/> and <paramref name="rewritten"/> stale, inside the writer's
    /// transaction: a day a write only added executions to, all later than its rollups' latest, for those executions
    /// only; every other day whole.
    /// </summary>
    public static void Mark(DuckDBConnection connection, string tenantId, DuckDbRollupSlices appended, DuckDbRollupSlices rewritten)
    {
        foreach (var (datasetId, _, firstDay, lastDay) in rewritten.Spans)
        {
            MarkWhole(connection, tenantId, datasetId, firstDay, lastDay);
        }
        foreach (var (datasetId, earliest, firstDay, lastDay) in appended.Spans)
        {
            if (firstDay == lastDay && IsLaterThanRollups(connection, tenantId, datasetId, firstDay, earliest))
            {
                Insert(connection, tenantId, datasetId, firstDay, lastDay, appendedAfter: true);
            }
            else
            {
                MarkWhole(connection, tenantId, datasetId, firstDay, lastDay);
            }
        }
    }

    /// <summary>
    /// The stale days of <paramref name="scope"/> from <paramref name="firstDay"/> to <paramref name="lastDay"/> (both
    /// included; either end open), ascending, each with the latest execution time its rollups still hold exactly, when
    /// only later ones were added since and the scope is one dataset (a day of several datasets is answered whole).
    /// </summary>
    public static async Task<IReadOnlyList<StaleDay>> InAsync(
        DuckDBConnection connection, AnalyticsScope scope, DateTime? firstDay, DateTime? lastDay, CancellationToken cancellationToken)
    {
        DuckDbSql InScopeAndDays(DuckDbSql sql)
        {
            sql.WhereIn(scope);
            if (firstDay is { } first)
            {
                sql.Append(" AND day >= ").Value(first);
            }
            return lastDay is { } last ? sql.Append(" AND day <= ").Value(last) : sql;
        }

        var sql = InScopeAndDays(new DuckDbSql().Append(Marks))
            .Append($") AS marks LEFT JOIN (SELECT tenant_id, dataset_id, day, covered_to FROM {DuckDbSchema.DatasetDays}");
        InScopeAndDays(sql).Append(") AS covered USING (tenant_id, dataset_id, day) GROUP BY day ORDER BY day");
        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var days = new List<StaleDay>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var appended = scope.DatasetIds.Count == 1 && reader.GetBoolean(1) && !reader.IsDBNull(2);
            days.Add(new StaleDay(Day(reader, 0), appended ? reader.GetDateTime(2) : null));
        }
        return days;
    }

    public static async Task<long> CountAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.Command($"SELECT count(*) FROM {Table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every run of consecutive days of a dataset marked alike, stale at <paramref name="due"/> or before, oldest first.</summary>
    public static IReadOnlyList<StaleSpan> MarkedBy(DuckDBConnection connection, DateTime due)
    {
        using var command = connection.Command(Spans).With("due", due);
        using var reader = command.ExecuteReader();
        var spans = new List<StaleSpan>();
        while (reader.Read())
        {
            spans.Add(new StaleSpan(reader.GetString(0), reader.GetString(1), Day(reader, 2), Day(reader, 3), reader.GetBoolean(4)));
        }
        return spans;
    }

    /// <summary>Forgets the stale days of <paramref name="span"/>: their rollups were computed again in the same transaction.</summary>
    public static void Clear(DuckDBConnection connection, StaleSpan span)
    {
        using var command = connection.Command(ClearSpan).With("tenant", span.TenantId).With("dataset", span.DatasetId)
            .With("first", span.FirstDay).With("last", span.LastDay);
        command.ExecuteNonQuery();
    }

    /// <summary>Forgets every stale day: for when every rollup was computed again at once.</summary>
    public static void ClearAll(DuckDBConnection connection) => connection.Execute($"DELETE FROM {Table}");

    private static void MarkWhole(DuckDBConnection connection, string tenantId, string datasetId, DateTime firstDay, DateTime lastDay)
    {
        using (var rewritten = connection.Command(Rewritten).With("tenant", tenantId).With("dataset", datasetId)
                   .With("first", firstDay).With("end", lastDay.AddDays(1)))
        {
            rewritten.ExecuteNonQuery();
        }
        Insert(connection, tenantId, datasetId, firstDay, lastDay, appendedAfter: false);
    }

    private static void Insert(DuckDBConnection connection, string tenantId, string datasetId, DateTime firstDay, DateTime lastDay, bool appendedAfter)
    {
        using var command = connection.Command(MarkSpan).With("tenant", tenantId).With("dataset", datasetId)
            .With("first", firstDay).With("end", lastDay.AddDays(1)).With("now", DateTime.UtcNow).With("appended", appendedAfter);
        command.ExecuteNonQuery();
    }

    private static bool IsLaterThanRollups(DuckDBConnection connection, string tenantId, string datasetId, DateTime day, DateTime earliest)
    {
        using var command = connection.Command(LaterThanRollups).With("tenant", tenantId).With("dataset", datasetId)
            .With("day", day).With("earliest", earliest);
        return command.ExecuteScalar() is true;
    }

    private static DateTime Day(DuckDBDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateOnly>(ordinal).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>
/// A stale day of a scope; <paramref name="RolledUpTo"/>, when set, is the latest execution time its rollup rows
/// hold (every execution added since is later), else it is answered whole from the results.
/// </summary>
internal sealed record StaleDay(DateTime Day, DateTime? RolledUpTo);

/// <summary>Consecutive stale days of one dataset, both ends included, all marked <c>appended_after</c> or none.</summary>
internal sealed record StaleSpan(string TenantId, string DatasetId, DateTime FirstDay, DateTime LastDay, bool AppendedAfter = false);
