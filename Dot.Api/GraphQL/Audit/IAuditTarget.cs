namespace Dot.Api.GraphQL.Audit;

/// <summary>
/// What a mutation's input or payload says its audit event is about: the id of the object changed, created or (for
/// a create that failed) the dataset it was for.
/// </summary>
public interface IAuditTarget
{
    string? AuditTargetId { get; }
}
