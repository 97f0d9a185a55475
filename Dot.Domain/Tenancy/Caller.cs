namespace Dot.Domain.Tenancy;

/// <summary>The authenticated party of a request, resolved from its credentials: every store call is scoped by <see cref="TenantId"/>.</summary>
public sealed record Caller(string Subject, string TenantId, Role Role)
{
    public bool IsOwner => Role == Role.Owner;
}
