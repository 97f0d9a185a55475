namespace Dot.Domain.Health;

/// <summary>
/// Port: one store's answer to "can you serve?", for readiness. Each adapter proves it the cheapest way that still
/// touches the store (a query, a file written and removed, the key read); a store that cannot serve throws.
/// </summary>
public interface IStoreProbe
{
    /// <summary>The check's name in the readiness answer: <c>config</c>, <c>analytics</c>, <c>raw</c>, <c>secrets</c>.</summary>
    string Name { get; }

    Task ProbeAsync(CancellationToken cancellationToken);
}
