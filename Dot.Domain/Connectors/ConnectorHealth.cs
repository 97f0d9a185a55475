namespace Dot.Domain.Connectors;

/// <summary>Whether a connector's runs can succeed without an owner's help.</summary>
public enum ConnectorHealth
{
    Ok,

    /// <summary>The last run was refused in a way another try cannot fix (credentials rejected, no permission).</summary>
    NeedsAttention,

    Disabled,
}
