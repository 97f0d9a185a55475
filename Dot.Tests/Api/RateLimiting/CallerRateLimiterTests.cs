using Dot.Api.RateLimiting;

namespace Dot.Tests.Api.RateLimiting;

public sealed class CallerRateLimiterTests
{
    [Fact]
    public void ABurstPastTheCallersAllowance_IsRefusedWithWhenToComeBack()
    {
        using var limiter = new CallerRateLimiter("upload", callerPerMinute: 5, tenantPerMinute: 1000);

        var decisions = Enumerable.Range(0, 6).Select(_ => limiter.TryAcquire("token-a", "ten_a", 1)).ToList();

        Assert.All(decisions.Take(5), d => Assert.True(d.Allowed));
        var refused = decisions[5];
        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfterSeconds, 1, 60);
        Assert.Equal($"This caller has used its upload allowance of 5 per minute. Try again in {refused.RetryAfterSeconds} s.", refused.Message);
    }

    [Fact]
    public void Callers_HaveAllowancesOfTheirOwn()
    {
        using var limiter = new CallerRateLimiter("upload", callerPerMinute: 2, tenantPerMinute: 1000);
        limiter.TryAcquire("token-a", "ten_a", 2);

        Assert.False(limiter.TryAcquire("token-a", "ten_a", 1).Allowed);
        Assert.True(limiter.TryAcquire("token-b", "ten_a", 1).Allowed);
    }

    [Fact]
    public void TheTenantsAllowance_BoundsAllItsCallersTogether()
    {
        using var limiter = new CallerRateLimiter("GraphQL complexity", callerPerMinute: 100, tenantPerMinute: 150);

        Assert.True(limiter.TryAcquire("alice", "ten_a", 100).Allowed);
        var refused = limiter.TryAcquire("bob", "ten_a", 100);

        Assert.False(refused.Allowed);
        Assert.StartsWith("This tenant has used its GraphQL complexity allowance of 150 per minute.", refused.Message, StringComparison.Ordinal);
        Assert.True(limiter.TryAcquire("carol", "ten_b", 100).Allowed);
    }

    [Fact]
    public void ACostAboveTheWholeAllowance_TakesTheWholeBucket()
    {
        using var limiter = new CallerRateLimiter("GraphQL complexity", callerPerMinute: 50, tenantPerMinute: 1000);

        Assert.True(limiter.TryAcquire("alice", "ten_a", 500).Allowed);
        Assert.False(limiter.TryAcquire("alice", "ten_a", 1).Allowed);
    }
}
