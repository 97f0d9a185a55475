using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The common upload's rollup refresh at the cost of its own rows: a first attempt that supersedes nothing, whose
/// runs of each test start after that test's stored runs of the day ended (CI reporting as it goes). Its rows are
/// rolled up alone and merged into the stored rows (<see cref="DuckDbTestDayMerge"/>,
/// <see cref="DuckDbFailureDayMerge"/>), instead of computing its days again from every result they hold
/// (<see cref="DuckDbRollupRefresh"/>), which stays the way for every other write: retries, supersession, deletes,
/// uploads older than what is stored. Both give the same rows (decision 0015).
/// </summary>
internal static class DuckDbRollupMerge
{
    private const string UploadRows = """
         WHERE tenant_id = $tenant AND dataset_id = $dataset AND upload_id = $upload AND received_at BETWEEN $from AND $to AND NOT superseded
        """;

    private static readonly string[] Stage =
    [
        DuckDbTestDays.Select(new DuckDbSql().Append($"CREATE OR REPLACE TEMP TABLE {DuckDbTestDayMerge.Staged} AS "), OwnRows).ToString(),
        DuckDbFailureDays.Select(new DuckDbSql().Append($"CREATE OR REPLACE TEMP TABLE {DuckDbFailureDayMerge.Staged} AS "), OwnRows).ToString(),
    ];

    private static readonly string[] Unstage = [$"DROP TABLE {DuckDbTestDayMerge.Staged}", $"DROP TABLE {DuckDbFailureDayMerge.Staged}"];

    // The order of a day's runs is by start (DuckDbTestDays): a new run that starts after the last stored run ended
    // starts after every stored run started. Failures after the stored latest one keep its message the latest one.
    // A run key that is another stored upload's id would join that upload's run: not merged either.
    private static readonly string Appends = $"""
        SELECT NOT EXISTS (
            SELECT 1 FROM (
                SELECT CAST(ts AS DATE) AS day, hash(dataset_id, suite, class_name, name) AS history, min(ts) AS started
                FROM {DuckDbSchema.TestResults} {UploadRows} AND status <> 3
                GROUP BY ALL
            ) AS upload
            JOIN (
                SELECT day, history, last_ended AS latest FROM {DuckDbSchema.TestDays} WHERE {DaysOfTheDataset} AND runs > 0
                UNION ALL
                SELECT day, hash(dataset_id, suite, class_name, name), last_at FROM {DuckDbSchema.FailureDays} WHERE {DaysOfTheDataset}
            ) AS stored USING (day, history)
            WHERE upload.started <= stored.latest
        ) AND NOT EXISTS (
            SELECT 1 FROM {DuckDbSchema.StoredUploads}
            WHERE tenant_id = $tenant AND dataset_id = $dataset AND run_key IS NULL
              AND upload_id IN (SELECT run_key FROM {DuckDbSchema.TestResults} {UploadRows})
        )
        """;

    private static readonly string WorthMerging = $"""
        SELECT (SELECT coalesce(sum(passed + failed + errored + skipped), 0) FROM {DuckDbSchema.DatasetDays} WHERE {DaysOfTheDataset})
               >= $ratio * (SELECT count(*) FROM {DuckDbSchema.TestResults} {UploadRows})
        """;

    private const string DaysOfTheDataset = "tenant_id = $tenant AND dataset_id = $dataset AND day >= $first AND day < $end";

    /// <summary>
    /// Brings the rollups of each dataset's days that <paramref name="changed"/> holds up to date after
    /// <paramref name="uploadId"/>'s first attempt appended its rows and superseded nothing: merged where its runs
    /// come after the stored ones and the days hold at least <paramref name="ratio"/> times its rows, computed again
    /// where not.
    /// </summary>
    public static void MergeOrRefresh(
        DuckDBConnection connection, string tenantId, string uploadId, IReadOnlyList<RunSpan> spans, DuckDbRollupSlices changed, double ratio)
    {
        foreach (var (datasetId, firstDay, lastDay) in changed.Spans)
        {
            var own = spans.Where(span => string.Equals(span.DatasetId, datasetId, StringComparison.Ordinal)).ToList();
            var slice = new Slice(tenantId, datasetId, uploadId, own.Min(span => span.From), own.Max(span => span.To), firstDay, lastDay, ratio);
            if (TryMerge(connection, slice))
            {
                DuckDbRollupRefresh.SumDatasets(connection, tenantId, datasetId, firstDay, lastDay);
            }
            else
            {
                DuckDbRollupRefresh.Refresh(connection, tenantId, datasetId, firstDay, lastDay);
            }
        }
    }

    private static bool TryMerge(DuckDBConnection connection, Slice slice)
    {
        if (slice.Ratio > 0)
        {
            using var worth = slice.Bind(connection.Command(WorthMerging));
            if (worth.ExecuteScalar() is not true)
            {
                return false;
            }
        }
        slice.Run(connection, Stage);
        bool appends;
        using (var check = slice.Bind(connection.Command(Appends)))
        {
            appends = check.ExecuteScalar() is true;
        }
        slice.Run(connection, appends ? [.. DuckDbTestDayMerge.Statements, .. DuckDbFailureDayMerge.Statements, .. Unstage] : Unstage);
        return appends;
    }

    private static DuckDbSql OwnRows(DuckDbSql sql) => sql.Append(UploadRows);

    /// <summary>An upload's rows of one dataset (by their <c>received_at</c> span) and the days they fall on.</summary>
    private sealed record Slice(
        string TenantId, string DatasetId, string UploadId, DateTime From, DateTime To, DateTime FirstDay, DateTime LastDay, double Ratio)
    {
        public void Run(DuckDBConnection connection, string[] statements)
        {
            foreach (var sql in statements)
            {
                using var command = Bind(connection.Command(sql));
                command.ExecuteNonQuery();
            }
        }

        /// <summary>Binds the parameters <paramref name="command"/>'s statement names.</summary>
        public DuckDBCommand Bind(DuckDBCommand command)
        {
            (string Name, object Value)[] values =
                [("tenant", TenantId), ("dataset", DatasetId), ("upload", UploadId), ("from", From), ("to", To), ("first", FirstDay), ("end", LastDay.AddDays(1)), ("ratio", Ratio)];
            foreach (var (name, value) in values.Where(parameter => command.CommandText.Contains('$' + parameter.Name, StringComparison.Ordinal)))
            {
                command.With(name, value);
            }
            return command;
        }
    }
}
