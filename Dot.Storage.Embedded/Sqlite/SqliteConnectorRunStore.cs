using Dot.Domain.Connectors;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>Connector runs as rows of the configuration database, in the order they were queued (<c>seq</c>).</summary>
public sealed class SqliteConnectorRunStore(SqliteDatabase database) : IConnectorRunStore
{
    private const string Columns = "id, tenant_id, connector_id, trigger, status, queued_at, started_at, finished_at, pages, items_fetched, error";

    public Task SaveAsync(ConnectorRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return database.ExecuteAsync(
            $"""
            INSERT INTO connector_runs ({Columns})
            VALUES ($id, $tenant, $connector, $trigger, $status, $queued, $started, $finished, $pages, $items, $error)
            ON CONFLICT (tenant_id, id) DO UPDATE SET status = excluded.status, started_at = excluded.started_at,
                finished_at = excluded.finished_at, pages = excluded.pages, items_fetched = excluded.items_fetched, error = excluded.error
            """,
            c => c.With("$id", run.Id).With("$tenant", run.TenantId).With("$connector", run.ConnectorId)
                .With("$trigger", run.Trigger.ToString()).With("$status", run.Status.ToString())
                .With("$queued", SqliteValues.Time(run.QueuedAt)).With("$started", SqliteValues.TimeOrNull(run.StartedAt))
                .With("$finished", SqliteValues.TimeOrNull(run.FinishedAt)).With("$pages", run.Pages)
                .With("$items", run.ItemsFetched).With("$error", run.Error),
            cancellationToken);
    }

    public Task<ConnectorRun?> FindAsync(string tenantId, string runId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            $"SELECT {Columns} FROM connector_runs WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$tenant", tenantId).With("$id", runId), Read, cancellationToken);

    public Task<ConnectorRun?> FindQueuedAsync(string tenantId, string connectorId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync(
            $"SELECT {Columns} FROM connector_runs WHERE tenant_id = $tenant AND connector_id = $connector AND status = 'Queued' ORDER BY seq LIMIT 1",
            c => c.With("$tenant", tenantId).With("$connector", connectorId), Read, cancellationToken);

    public async Task<IReadOnlyList<ConnectorRun>> ListAsync(string tenantId, string connectorId, int limit, string? afterId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"""
            SELECT {Columns} FROM connector_runs WHERE tenant_id = $tenant AND connector_id = $connector
                AND ($after IS NULL OR seq < (SELECT seq FROM connector_runs WHERE tenant_id = $tenant AND id = $after))
            ORDER BY seq DESC LIMIT $limit
            """,
            c => c.With("$tenant", tenantId).With("$connector", connectorId).With("$after", afterId).With("$limit", limit),
            Read,
            cancellationToken);

    private static ConnectorRun Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Enum.Parse<ConnectorRunTrigger>(r.GetString(3)),
            Enum.Parse<ConnectorRunStatus>(r.GetString(4)), r.GetTime(5))
        {
            StartedAt = r.GetTimeOrNull(6),
            FinishedAt = r.GetTimeOrNull(7),
            Pages = r.GetInt32(8),
            ItemsFetched = r.GetInt32(9),
            Error = r.GetStringOrNull(10),
        };
}
