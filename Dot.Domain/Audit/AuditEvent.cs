namespace Dot.Domain.Audit;

/// <summary>
/// One attempt to change a tenant's configuration: who, what (the action and its target), when, from where, and how
/// it ended. <see cref="Reason"/> is an error code (<c>INVALID_INPUT</c>, <c>ACCESS_DENIED</c>…), never a message,
/// a secret or anything the caller typed.
/// </summary>
public sealed record AuditEvent(
    string Id,
    string TenantId,
    DateTimeOffset At,
    AuditActor Actor,
    string Action,
    string? TargetId,
    AuditOutcome Outcome,
    string? RemoteAddress,
    string? Reason)
{
    public const string IdPrefix = "aud";

    /// <summary>The longest action name and actor subject a filter may name.</summary>
    public const int MaxFilterLength = 200;
}
