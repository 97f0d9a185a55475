namespace Dot.Domain.Connectors;

/// <summary>Why a run started: its schedule came due, or an owner asked for it.</summary>
public enum ConnectorRunTrigger
{
    Schedule,
    Manual,
}
