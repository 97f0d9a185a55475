using Dot.Api.Storage.Caching;
using Dot.Domain.Analytics;

namespace Dot.Tests.Storage;

public sealed class CoalescingCacheTests : IDisposable
{
    private readonly CoalescingCache _cache = new(maxBytes: 4096);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task CallersAskingWhileAnAnswerIsComputed_ShareThatOneComputation()
    {
        var computations = 0;
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 16)
            .Select(_ => _cache.GetOrComputeAsync("summary", () => { Interlocked.Increment(ref computations); return release.Task; }, CancellationToken.None))
            .ToList();
        release.SetResult(42);
        var answers = await Task.WhenAll(callers);

        Assert.Equal(1, computations);
        Assert.All(answers, answer => Assert.Equal(42, answer));
    }

    [Fact]
    public async Task AnAnswer_IsKeptForTheNextCaller()
    {
        var computations = 0;
        Task<int> Compute() => Task.FromResult(Interlocked.Increment(ref computations));

        await _cache.GetOrComputeAsync("summary", Compute, CancellationToken.None);
        var second = await _cache.GetOrComputeAsync("summary", Compute, CancellationToken.None);
        var otherKey = await _cache.GetOrComputeAsync("trend", Compute, CancellationToken.None);

        Assert.Equal((1, 2), (second, otherKey));
    }

    [Fact]
    public async Task AFailedComputation_IsNotKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _cache.GetOrComputeAsync<int>("summary", () => throw new InvalidOperationException("store offline"), CancellationToken.None));

        Assert.Equal(7, await _cache.GetOrComputeAsync("summary", () => Task.FromResult(7), CancellationToken.None));
    }

    [Fact]
    public async Task ACallerGivingUp_DoesNotCancelTheComputationOthersWaitFor()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();

        var giving = _cache.GetOrComputeAsync("summary", () => release.Task, impatient.Token);
        var waiting = _cache.GetOrComputeAsync("summary", () => release.Task, CancellationToken.None);
        await impatient.CancelAsync();
        release.SetResult(5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => giving);
        Assert.Equal(5, await waiting);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheWholeCache_IsNotKept()
    {
        var computations = 0;
        Task<IReadOnlyList<FlakyTest>> Compute()
        {
            Interlocked.Increment(ref computations);
            IReadOnlyList<FlakyTest> rows = [.. Enumerable.Range(0, 10).Select(n => new FlakyTest(new TestKey("suite", "Class", new string('t', 200) + n), 4, 1, DateTimeOffset.UnixEpoch))];
            return Task.FromResult(rows);
        }

        await _cache.GetOrComputeAsync("flaky", Compute, CancellationToken.None);
        await _cache.GetOrComputeAsync("flaky", Compute, CancellationToken.None);

        Assert.Equal(2, computations);
    }
}
