using Dot.Domain.Analytics;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// A page of a <see cref="TestResultSearch"/> as one scan with a top-N sort: ordered by the sort column, then upload id
/// and position (unique together), all in the sort's direction; after a cursor, only rows past its (value, upload,
/// position) in that order.
/// </summary>
internal static class DuckDbResultSearch
{
    public static async Task<IReadOnlyList<TestResultHit>> ReadAsync(DuckDBConnection connection, TestResultSearch query, CancellationToken cancellationToken)
    {
        var column = Column(query.Sort.Field);
        var direction = DuckDbAggregation.Direction(query.Sort.Direction);
        var sql = new DuckDbSql()
            .Append($"SELECT {DuckDbResultRows.Columns} FROM {DuckDbSchema.TestResults}")
            .Where(query.Scope, query.Window, query.Filter);
        if (query.After is { } after)
        {
            var past = query.Sort.Direction == SortDirection.Descending ? " < " : " > ";
            var value = SortValue(after);
            sql.Append($" AND ({column}{past}").Value(value)
                .Append($" OR ({column} = ").Value(value)
                .Append($" AND (upload_id{past}").Value(after.UploadId)
                .Append(" OR (upload_id = ").Value(after.UploadId)
                .Append($" AND ordinal{past}").Value(after.Ordinal).Append("))))");
        }
        sql.Append($" ORDER BY {column} {direction}, upload_id {direction}, ordinal {direction} LIMIT ").Value(query.Limit);

        using var command = sql.Command(connection);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<TestResultHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(DuckDbResultRows.Read(reader));
        }
        return hits;
    }

    private static string Column(ResultSortField field) => field switch
    {
        ResultSortField.Timestamp => "ts",
        ResultSortField.Duration => "duration_ms",
        ResultSortField.Name => "name",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown sort field."),
    };

    private static object SortValue(TestResultCursor cursor) => cursor.Sort.Field switch
    {
        ResultSortField.Timestamp => cursor.Timestamp!.Value.UtcDateTime,
        ResultSortField.Duration => cursor.Duration!.Value,
        _ => cursor.Name!,
    };
}
