using Dot.Domain.Connectors;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

public sealed class ConnectorKindType : EnumerationGraphType<ConnectorKind>
{
    public ConnectorKindType()
    {
        Name = "ConnectorKind";
        Description = "The system a connector pulls from.";
    }
}

public sealed class JiraDeploymentType : EnumerationGraphType<JiraDeployment>
{
    public JiraDeploymentType()
    {
        Name = "JiraDeployment";
        Description = "CLOUD: e-mail and API token (Basic). DATA_CENTER: a personal access token (Bearer).";
    }
}

public sealed class ConnectorHealthType : EnumerationGraphType<ConnectorHealth>
{
    public ConnectorHealthType()
    {
        Name = "ConnectorHealth";
        Description = "NEEDS_ATTENTION: the last run was refused in a way only an owner can fix (credentials, permission).";
    }
}

public sealed class ConnectorRunStatusType : EnumerationGraphType<ConnectorRunStatus>
{
    public ConnectorRunStatusType() => Name = "ConnectorRunStatus";
}

public sealed class ConnectorRunTriggerType : EnumerationGraphType<ConnectorRunTrigger>
{
    public ConnectorRunTriggerType() => Name = "ConnectorRunTrigger";
}
