using Dot.Domain.Analytics;
using Dot.Domain.Reviews;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for reviews: upserts by id, all or nothing, one tenant's; rating trends with every bucket.</summary>
public abstract partial class AnalyticsContract
{
    private static ReviewDocument Review(UploadScope scope, string id, int rating, DateTimeOffset? at = null) =>
        new(scope.TenantId, scope.DatasetId, "app-store", id, rating, at ?? UploadScope.Noon) { Title = "Title " + id, Text = "Text", Language = "en", AppVersion = "1.2" };

    private Task<long> UpsertAsync(UploadScope scope, IEnumerable<ReviewDocument> reviews) =>
        Writer.UpsertReviewsAsync(scope.TenantId, reviews, CancellationToken.None);

    private async Task<List<(long Count, double? Average)>> RatingsAsync(AnalyticsScope scope) =>
        (await Reader.QueryAsync(new RatingTrendQuery(scope, AroundNoon, new DateHistogram(HistogramInterval.Day)), CancellationToken.None))
            .Select(b => (b.Count, b.AverageRating)).ToList();

    [Fact]
    public async Task RatingTrend_CountsAndAveragesReviewsPerDay_EmptyDaysToo()
    {
        var scope = UploadScope.New();
        await UpsertAsync(scope, [Review(scope, "r1", 5), Review(scope, "r2", 2, UploadScope.Noon.AddHours(3)), Review(scope, "r3", 1, UploadScope.Noon.AddHours(20))]);

        var buckets = await Reader.QueryAsync(new RatingTrendQuery(ScopeOf(scope), AroundNoon, new DateHistogram(HistogramInterval.Day)), CancellationToken.None);

        Assert.Equal([UploadScope.Noon.Date.AddDays(-1), UploadScope.Noon.Date, UploadScope.Noon.Date.AddDays(1)], buckets.Select(b => b.Start.UtcDateTime));
        Assert.Equal([(0L, null), (2L, 3.5), (1L, 1.0)], buckets.Select(b => (b.Count, b.AverageRating)));
    }

    [Fact]
    public async Task Reviews_UpsertReplacesTheReviewOfTheSameId_TheLastOfABatchWinning()
    {
        var scope = UploadScope.New();
        await UpsertAsync(scope, [Review(scope, "r1", 1), Review(scope, "r2", 2)]);

        var stored = await UpsertAsync(scope, [Review(scope, "r1", 3), Review(scope, "r1", 5)]);

        Assert.Equal(1, stored);
        Assert.Equal((2L, 3.5), (await RatingsAsync(ScopeOf(scope)))[1]);
    }

    [Fact]
    public async Task Reviews_AreAllOrNothing()
    {
        var scope = UploadScope.New();
        await UpsertAsync(scope, [Review(scope, "r1", 1)]);
        var stranger = Review(UploadScope.New(), "r2", 5);

        await Assert.ThrowsAsync<InvalidDataException>(() => UpsertAsync(scope, ThrowingAfter([Review(scope, "r1", 5)], new InvalidDataException("cut"))));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => UpsertAsync(scope, [Review(scope, "r1", 5), stranger]));

        Assert.Equal((1L, 1.0), (await RatingsAsync(ScopeOf(scope)))[1]);
        Assert.Equal(0, (await RatingsAsync(AnalyticsScope.Of(stranger.TenantId, stranger.DatasetId)))[1].Count);
    }

    [Fact]
    public async Task Reviews_NeverCrossTenantsOrDatasets()
    {
        var mine = UploadScope.New();
        var otherTenant = UploadScope.New() with { DatasetId = mine.DatasetId };
        var otherDataset = mine with { DatasetId = UploadScope.New().DatasetId };
        await UpsertAsync(mine, [Review(mine, "r1", 4)]);
        await UpsertAsync(otherTenant, [Review(otherTenant, "r1", 1)]);
        await UpsertAsync(otherDataset, [Review(otherDataset, "r1", 2)]);

        Assert.Equal((1L, 4.0), (await RatingsAsync(ScopeOf(mine)))[1]);
        Assert.Equal((2L, 3.0), (await RatingsAsync(AnalyticsScope.Of(mine.TenantId, mine.DatasetId, otherDataset.DatasetId)))[1]);
        Assert.Equal(0, (await RatingsAsync(AnalyticsScope.Of(mine.TenantId)))[1].Count);
    }
}
