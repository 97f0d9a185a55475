namespace Dot.Portal.Api.Models;

/// <summary>One audit event as Audit.graphql reads it.</summary>
public sealed record AuditEvent(
    string Id,
    string Action,
    string Actor,
    string ActorKind,
    string? TargetId,
    DateTimeOffset At,
    string? RemoteAddress,
    string Outcome,
    string? Reason);
