using System.Diagnostics.Metrics;
using Dot.Domain.Connectors;

namespace Dot.Api.Telemetry;

/// <summary>Connector runs by kind and outcome, and the items they fetched.</summary>
public sealed class ConnectorMetrics
{
    private readonly Counter<long> _runs;
    private readonly Counter<long> _items;

    public ConnectorMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DotTelemetry.Name);
        _runs = meter.CreateCounter<long>("dot.connectors.runs", "{run}", "Connector runs finished, by kind and outcome.");
        _items = meter.CreateCounter<long>("dot.connectors.items", "{item}", "Issues or reviews connectors fetched, by kind.");
    }

    public void Finished(ConnectorKind kind, ConnectorRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var kindTag = new KeyValuePair<string, object?>("kind", kind.ToString());
        _runs.Add(1, kindTag, new KeyValuePair<string, object?>("outcome", run.Status.ToString().ToLowerInvariant()));
        _items.Add(run.ItemsFetched, kindTag);
    }
}
