using Dot.Domain.Tokens;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>Read tokens in <c>read_tokens</c>: <c>dataset_id</c> is null for a whole-tenant token; <c>scope</c> is PUBLIC or RESTRICTED.</summary>
public sealed class SqliteReadTokenStore(SqliteDatabase database)
    : SqliteTokenStore<ReadToken>(database, "read_tokens", ["dataset_id", "scope"]), IReadTokenStore
{
    public Task<IReadOnlyList<ReadToken>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken) =>
        ListAsync(tenantId, "$dataset IS NULL OR dataset_id = $dataset", c => c.With("$dataset", datasetId), cancellationToken);

    protected override void BindExtraColumns(SqliteCommand command, ReadToken token) =>
        command.With("$dataset_id", token.DatasetId).With("$scope", token.Scope.ToString().ToUpperInvariant());

    protected override ReadToken Read(SqliteDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetStringOrNull(9), row.GetString(2), row.GetString(3), row.GetString(4),
            Enum.Parse<DataScope>(row.GetString(10), ignoreCase: true), row.GetTime(5), row.GetTime(6), row.GetTimeOrNull(7), row.GetTimeOrNull(8));
}
