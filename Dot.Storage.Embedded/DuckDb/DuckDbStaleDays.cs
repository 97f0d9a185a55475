using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The <c>rollup_stale_days</c> table: the days of each dataset whose rollup rows a write changed and that are not
/// computed again yet, with when the first such write marked them (decision 0018). A write marks its days in its own
/// transaction; readers answer a stale day from <c>test_results</c>, as they answer the parts of days at a window's
/// edges (<see cref="DuckDbDayCover"/>); the rollup refresher (<see cref="DuckDbRollupRefresher"/>) computes the days
/// stale for long enough again, the writes of that time at once.
/// </summary>
internal static class DuckDbStaleDays
{
    private const string Table = DuckDbSchema.StaleDays;

    private const string MarkSpan = $"""
        INSERT INTO {Table}
        SELECT $tenant, $dataset, CAST(d AS DATE), $now FROM range($first, $end, INTERVAL 1 DAY) AS days(d)
        WHERE CAST(d AS DATE) NOT IN (SELECT day FROM {Table} WHERE tenant_id = $tenant AND dataset_id = $dataset)
        """;

    // Consecutive days of one dataset make one span: their day minus their rank is the same.
    private const string Spans = $"""
        SELECT tenant_id, dataset_id, min(day), max(day) FROM (
            SELECT *, day - CAST(row_number() OVER (PARTITION BY tenant_id, dataset_id ORDER BY day) AS INTEGER) AS island
            FROM {Table} WHERE marked_at <= $due)
        GROUP BY tenant_id, dataset_id, island
        ORDER BY min(day), tenant_id, dataset_id
        """;

    private const string ClearSpan = $"DELETE FROM {Table} WHERE tenant_id = $tenant AND dataset_id = $dataset AND day >= $first AND day <= $last";

    /// <summary>Marks every day of <paramref name="changed"/> stale, inside the writer's transaction.</summary>
    public static void Mark(DuckDBConnection connection, string tenantId, DuckDbRollupSlices changed)
    {
        foreach (var (datasetId, firstDay, lastDay) in changed.Spans)
        {
            using var command = connection.Command(MarkSpan).With("tenant", tenantId).With("dataset", datasetId)
                .With("first", firstDay).With("end", lastDay.AddDays(1)).With("now", DateTime.UtcNow);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The stale days of <paramref name="scope"/> in [<paramref name="firstDay"/>, <paramref name="endDay"/>) (either end open), ascending.</summary>
    public static async Task<IReadOnlyList<DateTime>> InAsync(
        DuckDBConnection connection, AnalyticsScope scope, DateTime? firstDay, DateTime? endDay, CancellationToken cancellationToken)
    {
        var sql = new DuckDbSql().Append($"SELECT DISTINCT day FROM {Table}").WhereIn(scope);
        if (firstDay is { } first)
        {
            sql.Append(" AND day >= ").Value(first);
        }
        if (endDay is { } end)
        {
            sql.Append(" AND day < ").Value(end);
        }
        using var command = sql.Append(" ORDER BY day").Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var days = new List<DateTime>();
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(reader.GetFieldValue<DateOnly>(0).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
        return days;
    }

    public static async Task<long> CountAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.Command($"SELECT count(*) FROM {Table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every run of consecutive days of a dataset marked stale at <paramref name="due"/> or before, oldest first.</summary>
    public static IReadOnlyList<StaleSpan> MarkedBy(DuckDBConnection connection, DateTime due)
    {
        using var command = connection.Command(Spans).With("due", due);
        using var reader = command.ExecuteReader();
        var spans = new List<StaleSpan>();
        while (reader.Read())
        {
            spans.Add(new StaleSpan(reader.GetString(0), reader.GetString(1), Day(reader, 2), Day(reader, 3)));
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

    private static DateTime Day(DuckDBDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateOnly>(ordinal).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>Consecutive stale days of one dataset, both ends included.</summary>
internal sealed record StaleSpan(string TenantId, string DatasetId, DateTime FirstDay, DateTime LastDay);
