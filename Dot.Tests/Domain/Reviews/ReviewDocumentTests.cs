using Dot.Domain.Classification;
using Dot.Domain.Reviews;

namespace Dot.Tests.Domain.Reviews;

public sealed class ReviewDocumentTests
{
    private static readonly DateTimeOffset Berlin = new(2025, 3, 3, 11, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ARatingOutsideOneToFive_IsRefused(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewDocument("ten_1", "dst_1", "app-store", "r1", rating, Berlin));
    }

    [Fact]
    public void TheReviewTime_IsKeptInUtc()
    {
        var review = new ReviewDocument("ten_1", "dst_1", "app-store", "r1", 5, Berlin);

        Assert.Equal((TimeSpan.Zero, Berlin), (review.ReviewedAt.Offset, review.ReviewedAt));
    }

    [Fact]
    public void EveryFieldIsClassified_AsPublic_AndNoneIsPersonal()
    {
        var properties = typeof(ReviewDocument).GetProperties().Select(property => property.Name).Where(name => name != nameof(ReviewDocument.TenantId)).Order();

        Assert.Equal(DataClassification.Public, ReviewClassification.Document);
        Assert.Equal(properties, ReviewClassification.Fields.Keys.Order());
        Assert.All(ReviewClassification.Fields.Values, field => Assert.Equal(FieldClassification.Public, field));
    }
}
