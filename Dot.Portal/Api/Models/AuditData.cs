namespace Dot.Portal.Api.Models;

/// <summary>Audit.graphql.</summary>
public sealed record AuditData(Connection<AuditEvent> AuditEvents);
