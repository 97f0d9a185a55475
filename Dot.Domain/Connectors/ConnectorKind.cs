namespace Dot.Domain.Connectors;

/// <summary>The system a connector pulls from.</summary>
public enum ConnectorKind
{
    Jira,
    AppStore,
    GooglePlay,
}
