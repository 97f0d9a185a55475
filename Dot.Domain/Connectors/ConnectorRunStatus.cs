namespace Dot.Domain.Connectors;

public enum ConnectorRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
