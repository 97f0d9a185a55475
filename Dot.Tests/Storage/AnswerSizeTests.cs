using Dot.Api.Storage.Caching;
using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage;

public sealed class AnswerSizeTests
{
    [Fact]
    public void ASummary_IsOneRow()
    {
        Assert.Equal(128, AnswerSize.Of(new TestSummary(10, 8, 1, 0, 1)));
    }

    [Fact]
    public void AFailureGroup_WeighsItsKeyAndMessage()
    {
        var message = new string('x', 8 * 1024);
        var group = new AggregateBucket(null, ["<n> failed"], new Dictionary<Metric, object?> { [Metric.Count] = 3L, [Metric.LatestFailureMessage] = message });

        Assert.Equal(2 * (128 + 2 * (10 + 8 * 1024)), AnswerSize.Of(new[] { group, group }));
    }

    [Fact]
    public void FlakyTests_WeighTheirNames()
    {
        var flaky = new FlakyTest(new TestKey("suite", null, "name"), 5, 2, DateTimeOffset.UnixEpoch);

        Assert.Equal(128 + 2 * 9, AnswerSize.Of(new List<FlakyTest> { flaky }));
    }
}
