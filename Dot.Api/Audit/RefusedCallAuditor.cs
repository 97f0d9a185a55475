using Dot.Domain.Audit;

namespace Dot.Api.Audit;

/// <summary>
/// What happens to a mutation refused with 401. Credentials of a known tenant (<see cref="RefusedCredential"/>) put
/// the attempt in that tenant's trail; any other 401 has no tenant to belong to, so it is logged with the remote
/// address and DoT's reason instead (never the token).
/// </summary>
public sealed class RefusedCallAuditor(AuditRecorder recorder, ILogger<RefusedCallAuditor> logger)
{
    public async Task RecordAsync(HttpContext http, string action, string reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (RefusedCredential.Find(http) is { } refused)
        {
            await recorder.RecordAsync(refused.TenantId, refused.Actor, action, targetId: null, AuditOutcome.Unauthenticated, "UNAUTHENTICATED");
            return;
        }
        AuditLogMessages.Unattributed(logger, http.Request.Path, http.Connection.RemoteIpAddress?.ToString(), reason);
    }
}
