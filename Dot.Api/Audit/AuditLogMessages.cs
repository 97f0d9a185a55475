using Dot.Domain.Audit;

namespace Dot.Api.Audit;

/// <summary>What the audit trail logs: ids, actions and outcomes; never a token, a secret or a name.</summary>
internal static partial class AuditLogMessages
{
    [LoggerMessage(Level = LogLevel.Error, Message = "An audit event of tenant {TenantId} ({Action}, {Outcome}) could not be stored.")]
    public static partial void NotStored(ILogger logger, Exception exception, string tenantId, string action, AuditOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A request to {Path} from {RemoteAddress} was refused (401) with credentials of no known tenant: {Reason}")]
    public static partial void Unattributed(ILogger logger, string path, string? remoteAddress, string reason);
}
