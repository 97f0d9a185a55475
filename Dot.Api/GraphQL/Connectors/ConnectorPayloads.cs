using Dot.Api.GraphQL.Audit;
using Dot.Domain.Connectors;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

public sealed record ConnectorPayload(Connector Connector) : IAuditTarget
{
    public string? AuditTargetId => Connector.Id;
}

public sealed class ConnectorPayloadType : ObjectGraphType<ConnectorPayload>
{
    public ConnectorPayloadType()
    {
        Name = "ConnectorPayload";
        Field<NonNullGraphType<ConnectorType>>("connector").Resolve(c => c.Source.Connector);
    }
}

public sealed record DeleteConnectorPayload(string Id) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

public sealed class DeleteConnectorPayloadType : ObjectGraphType<DeleteConnectorPayload>
{
    public DeleteConnectorPayloadType()
    {
        Name = "DeleteConnectorPayload";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed record RunConnectorPayload(ConnectorRun Run) : IAuditTarget
{
    public string? AuditTargetId => Run.ConnectorId;
}

public sealed class RunConnectorPayloadType : ObjectGraphType<RunConnectorPayload>
{
    public RunConnectorPayloadType()
    {
        Name = "RunConnectorPayload";
        Field<NonNullGraphType<ConnectorRunType>>("run").Resolve(c => c.Source.Run);
    }
}

public sealed record TestConnectorPayload(bool Ok, string Message);

public sealed class TestConnectorPayloadType : ObjectGraphType<TestConnectorPayload>
{
    public TestConnectorPayloadType()
    {
        Name = "TestConnectorPayload";
        Field<NonNullGraphType<BooleanGraphType>>("ok").Resolve(c => c.Source.Ok);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in one sentence; or that the connection works.").Resolve(c => c.Source.Message);
    }
}
