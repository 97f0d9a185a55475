using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for retention: an upload's documents go all at once, reviews before a time a chunk at a time.</summary>
public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task DeleteUpload_RemovesItsResultsOnly_AndAgainChangesNothing()
    {
        var old = UploadScope.New();
        var kept = old.NextUpload();
        await ReplaceAsync(old, old.Results(TestStatus.Failed, 3));
        await ReplaceAsync(kept, kept.Results(TestStatus.Passed, 2));

        var deleted = await Writer.DeleteUploadAsync(old.TenantId, old.UploadId, CancellationToken.None);
        var again = await Writer.DeleteUploadAsync(old.TenantId, old.UploadId, CancellationToken.None);

        Assert.Equal((3L, 0L), (deleted, again));
        Assert.Equal(new TestSummary(2, 2, 0, 0, 0), await SummaryAsync(kept));
    }

    [Fact]
    public async Task DeleteReviewsBefore_DeletesTheOlderOnes_AtMostTheLimitAtOnce_OfItsDatasetOnly()
    {
        var scope = UploadScope.New();
        var other = scope with { DatasetId = Dot.Domain.Identifiers.OpaqueId.New("dst") };
        await UpsertAsync(scope, [Review(scope, "old-1", 1, UploadScope.Noon.AddHours(-5)), Review(scope, "old-2", 1, UploadScope.Noon.AddHours(-4)), Review(scope, "new", 5, UploadScope.Noon.AddHours(1))]);
        await UpsertAsync(other, [Review(other, "old", 2, UploadScope.Noon.AddHours(-5))]);

        var first = await Writer.DeleteReviewsBeforeAsync(scope.TenantId, scope.DatasetId, UploadScope.Noon, 1, CancellationToken.None);
        var second = await Writer.DeleteReviewsBeforeAsync(scope.TenantId, scope.DatasetId, UploadScope.Noon, 1, CancellationToken.None);
        var third = await Writer.DeleteReviewsBeforeAsync(scope.TenantId, scope.DatasetId, UploadScope.Noon, 1, CancellationToken.None);

        Assert.Equal((1L, 1L, 0L), (first, second, third));
        Assert.Equal((1L, 5.0), (await RatingsAsync(ScopeOf(scope)))[1]);
        Assert.Equal(1L, (await RatingsAsync(ScopeOf(other)))[1].Count);
    }
}
