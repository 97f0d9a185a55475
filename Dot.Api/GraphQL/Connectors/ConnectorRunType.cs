using Dot.Domain.Connectors;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

public sealed class ConnectorRunType : ObjectGraphType<ConnectorRun>
{
    public ConnectorRunType()
    {
        Name = "ConnectorRun";
        Description = "One run of a connector.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ConnectorRunStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ConnectorRunTriggerType>>("trigger").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<DateTimeGraphType>>("queuedAt").Resolve(c => c.Source.QueuedAt.UtcDateTime);
        Field<DateTimeGraphType>("startedAt").Resolve(c => c.Source.StartedAt?.UtcDateTime);
        Field<DateTimeGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt?.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("pages").Description("The pages fetched and stored.").Resolve(c => c.Source.Pages);
        Field<NonNullGraphType<IntGraphType>>("itemsFetched").Description("Issues or reviews in those pages.").Resolve(c => c.Source.ItemsFetched);
        Field<StringGraphType>("error").Description("Why the run failed, in one sentence.").Resolve(c => c.Source.Error);
    }
}
