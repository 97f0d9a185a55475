namespace Dot.Domain.Tenancy;

/// <summary>Binds an identity of an OpenID Connect issuer (issuer + subject) to one tenant with one role.</summary>
public sealed record Membership(string Issuer, string Subject, string TenantId, Role Role);
