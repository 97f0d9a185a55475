using System.Diagnostics.Metrics;
using Dot.Api.Storage.Caching;
using Dot.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Telemetry;

/// <summary>The analytics cache counts each answer once: a miss when it computes, a hit from memory or from a computation in flight.</summary>
public sealed class CacheMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _counted = [];

    public CacheMetricsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DotTelemetry.Name && instrument.Meter.Scope == meters)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (_counted)
            {
                _counted[instrument.Name] = _counted.GetValueOrDefault(instrument.Name) + value;
            }
        });
        _listener.Start();
        Metrics = new CacheMetrics(meters);
    }

    private CacheMetrics Metrics { get; }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task AnAnswerComputed_ThenFromMemory_ThenForAnotherKey_IsAMissAHitAndAMiss()
    {
        using var cache = new CoalescingCache(4096, Metrics);

        await cache.GetOrComputeAsync("summary", () => Task.FromResult(1), CancellationToken.None);
        await cache.GetOrComputeAsync("summary", () => Task.FromResult(2), CancellationToken.None);
        await cache.GetOrComputeAsync("trend", () => Task.FromResult(3), CancellationToken.None);

        Assert.Equal((1, 2), (Counted("dot.analytics.cache.hits"), Counted("dot.analytics.cache.misses")));
    }

    [Fact]
    public async Task CallersWaitingForOneComputation_AreOneMissAndTheRestHits()
    {
        using var cache = new CoalescingCache(4096, Metrics);
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 5).Select(_ => cache.GetOrComputeAsync("summary", () => release.Task, CancellationToken.None)).ToList();
        release.SetResult(42);
        await Task.WhenAll(callers);

        Assert.Equal((4, 1), (Counted("dot.analytics.cache.hits"), Counted("dot.analytics.cache.misses")));
    }

    private long Counted(string name)
    {
        lock (_counted)
        {
            return _counted.GetValueOrDefault(name);
        }
    }
}
