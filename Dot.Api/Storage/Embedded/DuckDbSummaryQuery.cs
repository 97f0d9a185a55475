using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Results;
using DuckDB.NET.Data;

namespace Dot.Api.Storage.Embedded;

/// <summary>
/// The test summary as one scan: counts grouped by status code for one tenant's dataset and an optional
/// [from, to) window. The SQL text is built only from fixed clauses; every value is a parameter, and the
/// tenant filter is always the first one.
/// </summary>
internal static class DuckDbSummaryQuery
{
    public static DuckDBCommand Command(DuckDBConnection connection, TestSummaryQuery query)
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

    public static async Task<TestSummary> ReadAsync(DuckDBCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long passed = 0, failed = 0, errored = 0, skipped = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt64(1);
            switch (DuckDbStatusCodes.ToStatus(reader.GetByte(0)))
            {
                case TestStatus.Passed: passed = count; break;
                case TestStatus.Failed: failed = count; break;
                case TestStatus.Errored: errored = count; break;
                case TestStatus.Skipped: skipped = count; break;
            }
        }
        return new TestSummary(passed + failed + errored + skipped, passed, failed, errored, skipped);
    }
}
