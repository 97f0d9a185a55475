using Dot.Domain.Analytics;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The test summary as one scan: counts grouped by status code for the scope and an optional [from, to) window. The
/// SQL text is built only from fixed clauses; every value is a parameter, and the tenant filter is always the first one.
/// </summary>
internal static class DuckDbSummaryQuery
{
    private static DuckDBCommand Command(DuckDBConnection connection, TestSummaryQuery query)
    {
        var sql = new DuckDbSql().Append($"SELECT status, count(*) FROM {DuckDbSchema.TestResults}").WhereIn(query.Scope).Append(" AND NOT superseded");
        if (query.From is { } from)
        {
            sql.Append(" AND ts >= ").Value(from.UtcDateTime);
        }
        if (query.To is { } to)
        {
            sql.Append(" AND ts < ").Value(to.UtcDateTime);
        }
        return sql.Append(" GROUP BY status").Command(connection);
    }

    public static async Task<TestSummary> ReadAsync(DuckDBConnection connection, TestSummaryQuery query, CancellationToken cancellationToken)
    {
        using var command = Command(connection, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var summary = TestSummary.Empty;
        while (await reader.ReadAsync(cancellationToken))
        {
            summary = summary.Add(DuckDbStatusCodes.ToStatus(reader.GetByte(0)), reader.GetInt64(1));
        }
        return summary;
    }
}
