using Dot.Domain.Connectors;

namespace Dot.Api.Connectors;

public static class ConnectorFetchers
{
    /// <summary>The fetcher of the connector's kind, or a <see cref="ConnectorException"/> when this version has none.</summary>
    public static IConnectorFetcher For(this IEnumerable<IConnectorFetcher> fetchers, ConnectorKind kind) =>
        fetchers.FirstOrDefault(f => f.Kind == kind)
        ?? throw new ConnectorException($"{kind} connectors are stored but cannot run yet in this version of DoT.");
}
