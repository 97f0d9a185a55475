namespace Dot.Domain.Audit;

/// <summary>
/// Port: a tenant's audit trail. Append-only: there is no way through it to change or remove an event.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends an event to its tenant's trail; an event id already stored is an <see cref="InvalidOperationException"/>.</summary>
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>
    /// The tenant's events matching <paramref name="filter"/>, newest first (by the order they were appended), at most
    /// <paramref name="limit"/>, after the event <paramref name="afterId"/> when given (an id not in the tenant's
    /// trail gives an empty list).
    /// </summary>
    Task<IReadOnlyList<AuditEvent>> ListAsync(string tenantId, AuditFilter filter, int limit, string? afterId, CancellationToken cancellationToken);
}
