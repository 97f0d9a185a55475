using Dot.Domain.Audit;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Audit;

public sealed class AuditEventType : ObjectGraphType<AuditEvent>
{
    public AuditEventType()
    {
        Name = "AuditEvent";
        Description = "One attempt to change the tenant's configuration, and how it ended.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("action").Description("The mutation attempted, e.g. createUploadToken.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("actor")
            .Description("Who: the subject of a user or client at the identity provider, or the id of a token.")
            .Resolve(c => c.Source.Actor.Subject);
        Field<NonNullGraphType<ActorKindType>>("actorKind").Resolve(c => c.Source.Actor.Kind);
        Field<IdGraphType>("targetId")
            .Description("What it changed or created; for a create that failed, the dataset it was for.")
            .Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.UtcDateTime);
        Field<StringGraphType>("remoteAddress").Description("The address the request came from, as the API saw it.").Resolve(c => c.Source.RemoteAddress);
        Field<NonNullGraphType<AuditOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("reason").Description("The error code when it did not succeed, e.g. INVALID_INPUT.").Resolve(c => c.Source.Reason);
    }
}
