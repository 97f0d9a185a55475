using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Connectors;

/// <summary>The API with its connector scheduler off, for tests of the connector API alone (no run leaves the machine).</summary>
public sealed class ConnectorApiFactory : DotApiFactory
{
    public ConnectorApiFactory() => Settings["Connectors:RunScheduler"] = "false";
}
