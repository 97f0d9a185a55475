using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>A page of the scope's current work items by key: keyset paging after the last key seen.</summary>
internal static class DuckDbWorkItemsQuery
{
    private static readonly string Head = $"SELECT {DuckDbWorkItemRows.Columns} FROM {DuckDbSchema.WorkItems}";

    private const string Tail = """
         AND NOT superseded
          AND ($type IS NULL OR type = $type) AND ($after IS NULL OR key > $after)
        ORDER BY key LIMIT $limit
        """;

    public static async Task<IReadOnlyList<WorkItemDocument>> ReadAsync(DuckDBConnection connection, WorkItemsQuery query, CancellationToken cancellationToken)
    {
        using var command = new DuckDbSql().Append(Head).WhereIn(query.Scope).Append(Tail).Command(connection)
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
