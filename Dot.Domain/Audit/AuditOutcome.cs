namespace Dot.Domain.Audit;

/// <summary>How an audited attempt ended.</summary>
public enum AuditOutcome
{
    /// <summary>The change was made.</summary>
    Succeeded,

    /// <summary>The caller was allowed, but the change was refused (bad input, unknown id, conflict) or failed.</summary>
    Failed,

    /// <summary>The caller is known but not allowed to make the change (403).</summary>
    Denied,

    /// <summary>The credentials were refused (401) but belong to a known tenant: a revoked or expired token of it.</summary>
    Unauthenticated,
}
