namespace Dot.Api.Connectors;

/// <summary>
/// Why a run (or a test) of a connector failed, in one sentence for its owner; never a secret. <see cref="NeedsAttention"/>
/// when trying again cannot help (credentials rejected, no permission): the connector is marked so.
/// </summary>
public sealed class ConnectorException(string message, bool needsAttention = false, Exception? innerException = null) : Exception(message, innerException)
{
    public bool NeedsAttention { get; } = needsAttention;

    /// <summary>The HTTP status of the refusal, when the system answered with an error.</summary>
    public int? StatusCode { get; init; }
}
