using Dot.Domain.Connectors;

namespace Dot.Api.Connectors;

/// <summary>Pulls one kind of connector's data page by page into a run, and tells whether the connector can connect.</summary>
public interface IConnectorFetcher
{
    ConnectorKind Kind { get; }

    /// <summary>Fetches what changed since the connector's cursor; each page stored moves the cursor (<see cref="ConnectorRunContext.PageStoredAsync"/>).</summary>
    Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken);

    /// <summary>One request that proves the settings and secret work; a <see cref="ConnectorException"/> says what is wrong.</summary>
    Task TestAsync(Connector connector, string secret, CancellationToken cancellationToken);
}
