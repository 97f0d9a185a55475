using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>A page of a dataset's current work items by key: keyset paging after the last key seen.</summary>
internal static class DuckDbWorkItemsQuery
{
    private static readonly string Sql = $"""
        SELECT {DuckDbWorkItemRows.Columns} FROM {DuckDbSchema.WorkItems}
        WHERE tenant_id = $tenant AND dataset_id = $dataset AND NOT superseded
          AND ($type IS NULL OR type = $type) AND ($after IS NULL OR key > $after)
        ORDER BY key LIMIT $limit
        """;

    public static async Task<IReadOnlyList<WorkItemDocument>> ReadAsync(DuckDBConnection connection, WorkItemsQuery query, CancellationToken cancellationToken)
    {
        using var command = connection.Command(Sql)
            .With("tenant", query.TenantId).With("dataset", query.DatasetId)
            .With("type", query.Type?.ToString()).With("after", query.AfterKey).With("limit", query.Limit);
        await using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<WorkItemDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(DuckDbWorkItemRows.Read(reader));
        }
        return items;
    }
}
