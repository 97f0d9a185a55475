using System.Text;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// The test summary as one scan: counts grouped by status code for one tenant's dataset and an optional
/// [from, to) window. The SQL text is built only from fixed clauses; every value is a parameter, and the
/// tenant filter is always the first one.
/// </summary>
internal static class DuckDbSummaryQuery
{
    private static DuckDBCommand Command(DuckDBConnection connection, TestSummaryQuery query)
    {
        var sql = new StringBuilder(
            $"SELECT status, count(*) FROM {DuckDbSchema.TestResults} WHERE tenant_id = $tenant AND dataset_id = $dataset AND NOT superseded");
        if (query.From is not null)
        {
            sql.Append(" AND ts >= $from");
        }
        if (query.To is not null)
        {
            sql.Append(" AND ts < $to");
        }
        sql.Append(" GROUP BY status");

        var command = connection.Command(sql.ToString()).With("tenant", query.TenantId).With("dataset", query.DatasetId);
        if (query.From is { } from)
        {
            command.With("from", from.UtcDateTime);
        }
        if (query.To is { } to)
        {
            command.With("to", to.UtcDateTime);
        }
        return command;
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
