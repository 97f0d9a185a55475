using System.Diagnostics.Metrics;

namespace Dot.Api.Telemetry;

/// <summary>
/// The analytics cache's hits and misses. A hit is a dashboard answer served without a query of its own: from memory,
/// or by waiting for the same question another caller is computing; a miss starts the query.
/// </summary>
public sealed class CacheMetrics
{
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;

    public CacheMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(DotTelemetry.Name);
        _hits = meter.CreateCounter<long>("dot.analytics.cache.hits", "{answer}", "Dashboard answers served from the cache or a computation in flight.");
        _misses = meter.CreateCounter<long>("dot.analytics.cache.misses", "{answer}", "Dashboard answers the cache had to compute.");
    }

    public void Answered(bool computed) => (computed ? _misses : _hits).Add(1);
}
