using Dot.Domain.Audit;
using Dot.Domain.Tenancy;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>The audit trail as rows of the configuration database, in the order they were appended (<c>seq</c>); triggers refuse updates and deletes.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    private const string Columns = "id, tenant_id, at, actor, actor_kind, action, target_id, outcome, remote_address, reason";

    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        try
        {
            await database.ExecuteAsync(
                $"INSERT INTO audit_events ({Columns}) VALUES ($id, $tenant, $at, $actor, $kind, $action, $target, $outcome, $address, $reason)",
                c => c.With("$id", auditEvent.Id).With("$tenant", auditEvent.TenantId).With("$at", SqliteValues.Time(auditEvent.At))
                    .With("$actor", auditEvent.Actor.Subject).With("$kind", auditEvent.Actor.Kind.ToString())
                    .With("$action", auditEvent.Action).With("$target", auditEvent.TargetId).With("$outcome", auditEvent.Outcome.ToString())
                    .With("$address", auditEvent.RemoteAddress).With("$reason", auditEvent.Reason),
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new InvalidOperationException($"The audit event '{auditEvent.Id}' is already stored.", exception);
        }
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string tenantId, AuditFilter filter, int limit, string? afterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var after = afterId is null ? "" : "AND seq < ifnull((SELECT seq FROM audit_events WHERE tenant_id = $tenant AND id = $after), 0)";
        return await database.QueryAsync(
            $"""
            SELECT {Columns} FROM audit_events WHERE tenant_id = $tenant {after}
                AND ($action IS NULL OR action = $action) AND ($actor IS NULL OR actor = $actor)
            ORDER BY seq DESC LIMIT $limit
            """,
            c => c.With("$tenant", tenantId).With("$after", afterId).With("$action", filter.Action).With("$actor", filter.Actor).With("$limit", limit),
            Read,
            cancellationToken);
    }

    private static AuditEvent Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetTime(2), new AuditActor(r.GetString(3), Enum.Parse<CallerKind>(r.GetString(4))),
            r.GetString(5), r.GetStringOrNull(6), Enum.Parse<AuditOutcome>(r.GetString(7)), r.GetStringOrNull(8), r.GetStringOrNull(9));
}
