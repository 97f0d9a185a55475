using Dot.Api.Uploads;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.Uploads;

/// <summary>A request that waits for its upload learns it is finished from this instance's worker at once, or from the store.</summary>
public sealed class UploadCompletionTests
{
    [Fact]
    public async Task AnUploadFinishedByAnotherInstance_EndsTheWaitAtTheNextLookAtTheStore()
    {
        var clock = new FakeTimeProvider();
        var completion = new UploadCompletion(clock);
        var finished = false;
        var waiting = completion.WaitAsync("upl_1", () => Task.FromResult(finished), TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        finished = true;
        clock.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AnUploadFinishedByThisInstance_EndsTheWaitAtOnce()
    {
        var completion = new UploadCompletion(new FakeTimeProvider());
        var waiting = completion.WaitAsync("upl_1", () => Task.FromResult(false), TimeSpan.FromSeconds(30), CancellationToken.None);

        completion.Complete("upl_1");

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
