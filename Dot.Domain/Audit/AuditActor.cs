using Dot.Domain.Tenancy;

namespace Dot.Domain.Audit;

/// <summary>Who did it: the subject (a user's or client's subject at the identity provider, or a token's id) and its kind.</summary>
public sealed record AuditActor(string Subject, CallerKind Kind);
