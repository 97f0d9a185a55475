using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract of the reader's one entry: every query is read in its scope, and an unknown one is refused.</summary>
public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task ASummaryOfSeveralDatasets_CountsEach_AndOneOfNone_ReadsNothing()
    {
        var mine = UploadScope.New();
        var myOtherDataset = mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        await ReplaceAsync(mine, mine.Results(TestStatus.Passed, 3));
        await ReplaceAsync(myOtherDataset, myOtherDataset.Results(TestStatus.Failed, 2));

        var both = await Reader.QueryAsync(
            new TestSummaryQuery(AnalyticsScope.Of(mine.TenantId, mine.DatasetId, myOtherDataset.DatasetId), null, null), CancellationToken.None);
        var none = await Reader.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(mine.TenantId), null, null), CancellationToken.None);

        Assert.Equal(new TestSummary(5, 3, 2, 0, 0), both);
        Assert.Equal(TestSummary.Empty, none);
    }

    [Fact]
    public async Task AQueryTypeTheAdapterDoesNotKnow_IsNotSupported() =>
        await Assert.ThrowsAsync<NotSupportedException>(
            () => Reader.QueryAsync(new UnknownQuery(ScopeOf(UploadScope.New())), CancellationToken.None));

    private sealed record UnknownQuery(AnalyticsScope Scope) : IAnalyticsQuery<long>;
}
