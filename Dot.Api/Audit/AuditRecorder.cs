using Dot.Domain.Audit;
using Dot.Domain.Identifiers;
using Dot.Domain.Tenancy;

namespace Dot.Api.Audit;

/// <summary>
/// Appends what a caller attempted to its tenant's audit trail, with the time and the request's remote address.
/// The event is written even when the request is being cancelled: the change it records may already be made.
/// </summary>
public sealed class AuditRecorder(IAuditLog log, TimeProvider clock, IHttpContextAccessor http, ILogger<AuditRecorder> logger)
{
    public Task RecordAsync(Caller caller, string action, string? targetId, AuditOutcome outcome, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return RecordAsync(caller.TenantId, new AuditActor(caller.Subject, caller.Kind), action, targetId, outcome, reason);
    }

    public async Task RecordAsync(string tenantId, AuditActor actor, string action, string? targetId, AuditOutcome outcome, string? reason)
    {
        var auditEvent = new AuditEvent(
            OpaqueId.New(AuditEvent.IdPrefix), tenantId, clock.GetUtcNow(), actor, action, targetId, outcome,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString(), reason);
        try
        {
            await log.AppendAsync(auditEvent, CancellationToken.None);
        }
        catch (Exception exception)
        {
            AuditLogMessages.NotStored(logger, exception, tenantId, action, outcome);
            throw;
        }
    }
}
