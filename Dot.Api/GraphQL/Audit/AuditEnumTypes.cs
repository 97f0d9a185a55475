using Dot.Domain.Audit;
using Dot.Domain.Tenancy;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Audit;

public sealed class ActorKindType : EnumerationGraphType<CallerKind>
{
    public ActorKindType()
    {
        Name = "ActorKind";
        Description = "USER and CLIENT are named by their subject at the identity provider; UPLOAD_TOKEN and READ_TOKEN by the token's id.";
    }
}

public sealed class AuditOutcomeType : EnumerationGraphType<AuditOutcome>
{
    public AuditOutcomeType()
    {
        Name = "AuditOutcome";
        Description = "FAILED: allowed, but refused (bad input, unknown id) or failed. DENIED: not allowed (403). UNAUTHENTICATED: a revoked or expired token of the tenant (401).";
    }
}
