using System.Collections.Concurrent;
using Dot.Api.Telemetry;
using Microsoft.Extensions.Caching.Memory;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// Answers by key, computed once: callers that ask for a key while its answer is being computed wait for that one
/// computation instead of starting their own (sixteen dashboards refreshing at once cost one query). Answers are kept
/// up to a total estimated size (<see cref="AnswerSize"/>), least recently used out first; a computation that
/// fails is not kept. Each answer counts as a hit or a miss in <see cref="CacheMetrics"/> when given.
/// </summary>
public sealed class CoalescingCache : IDisposable
{
    private readonly MemoryCache _answers;
    private readonly CacheMetrics? _metrics;
    private readonly ConcurrentDictionary<object, Lazy<Task<object?>>> _computing = new();

    public CoalescingCache(long maxBytes, CacheMetrics? metrics = null)
    {
        _answers = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxBytes });
        _metrics = metrics;
    }

    public async Task<T> GetOrComputeAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        if (_answers.TryGetValue(key, out var cached))
        {
            _metrics?.Answered(computed: false);
            return (T)cached!;
        }
        var mine = new Lazy<Task<object?>>(() => ComputeAndKeepAsync(key, compute));
        var computation = _computing.GetOrAdd(key, mine);
        _metrics?.Answered(computed: ReferenceEquals(computation, mine));
        // The computation is shared, so one caller giving up must not cancel it for the others.
        return (T)(await computation.Value.WaitAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<object?> ComputeAndKeepAsync<T>(object key, Func<Task<T>> compute)
    {
        try
        {
            var answer = await compute().ConfigureAwait(false);
            _answers.Set(key, (object?)answer, new MemoryCacheEntryOptions { Size = AnswerSize.Of(answer) });
            return answer;
        }
        finally
        {
            _computing.TryRemove(key, out _);
        }
    }

    public void Dispose() => _answers.Dispose();
}
