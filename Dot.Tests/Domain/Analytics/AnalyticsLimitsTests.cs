using Dot.Domain.Analytics;

namespace Dot.Tests.Domain.Analytics;

public sealed class AnalyticsLimitsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly AnalyticsLimits Limits = AnalyticsLimits.Standard;

    [Fact]
    public void ResolveWindow_NeitherBound_IsTheLast30DaysUpToNow()
    {
        var (window, error) = Limits.ResolveWindow(Now, null, null);

        Assert.Null(error);
        Assert.Equal((Now.AddDays(-30), Now), (window!.From, window.To));
    }

    [Fact]
    public void ResolveWindow_WithoutTo_EndsAtTheEndOfTheCurrentMinute()
    {
        var (window, _) = Limits.ResolveWindow(Now.AddSeconds(12.5), null, null);

        Assert.Equal((Now.AddMinutes(1).AddDays(-30), Now.AddMinutes(1)), (window!.From, window.To));
    }

    [Fact]
    public void ResolveWindow_OnlyTo_ReachesBack30DaysFromIt()
    {
        var to = Now.AddDays(-100);

        var (window, _) = Limits.ResolveWindow(Now, null, to);

        Assert.Equal((to.AddDays(-30), to), (window!.From, window.To));
    }

    [Fact]
    public void ResolveWindow_OnlyFrom_EndsNow_AndMayReachBackToTheMaximum()
    {
        var (window, error) = Limits.ResolveWindow(Now, Now.AddDays(-400), null);

        Assert.Null(error);
        Assert.Equal(TimeSpan.FromDays(400), window!.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ResolveWindow_FromNotBeforeTo_IsAnError(int hours)
    {
        var (window, error) = Limits.ResolveWindow(Now, Now, Now.AddHours(hours));

        Assert.Null(window);
        Assert.Equal("'from' must be before 'to'.", error);
    }

    [Fact]
    public void ResolveWindow_FromInTheFutureWithoutTo_SaysToDefaultsToNow()
    {
        var (_, error) = Limits.ResolveWindow(Now, Now.AddMinutes(1), null);

        Assert.Contains("defaults to now", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveWindow_WiderThanTheMaximum_IsAnError_NotATimeout()
    {
        var (window, error) = Limits.ResolveWindow(Now, Now.AddDays(-400).AddTicks(-1), Now);

        Assert.Null(window);
        Assert.Contains("at most 400 days", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeWindow_HoldsUtc_AndMustStartBeforeItEnds()
    {
        var window = new TimeWindow(Now.ToOffset(TimeSpan.FromHours(2)), Now.AddHours(1));

        Assert.Equal(TimeSpan.Zero, window.From.Offset);
        Assert.Throws<ArgumentException>(() => new TimeWindow(Now, Now));
    }
}
