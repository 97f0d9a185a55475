using Dot.Domain.Analytics;
using Dot.Domain.Reviews;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// The fixed app-store reviews of the seeded dashboard data, written through the analytics writer port (no
/// connector brings them yet). The mobile app's, by day: 3 March 5 and 4 stars, 4 March 1, 6 March 2 (edited to 4
/// an hour later: the edit replaces it), 7 March 3; the web shop's one of 2 stars on 5 March; Globex's two of 1 star.
/// </summary>
public static class DashboardReviews
{
    public static async Task SeedAsync(IAnalyticsWriter store, string acmeTenantId, string webDatasetId, string mobileDatasetId, string globexTenantId, string globexDatasetId)
    {
        ReviewDocument Mobile(string id, int rating, string at) => Review(acmeTenantId, mobileDatasetId, "app-store:acme-mobile", id, rating, at);

        await store.UpsertReviewsAsync(acmeTenantId, [
            Mobile("m-1", 5, "2025-03-03T10:00:00Z"),
            Mobile("m-2", 4, "2025-03-03T15:00:00Z"),
            Mobile("m-3", 1, "2025-03-04T09:00:00Z"),
            Mobile("m-4", 2, "2025-03-06T12:00:00Z"),
            Mobile("m-5", 3, "2025-03-07T20:00:00Z"),
            Review(acmeTenantId, webDatasetId, "play:acme-shop", "w-1", 2, "2025-03-05T12:00:00Z"),
        ], CancellationToken.None);
        await store.UpsertReviewsAsync(acmeTenantId, [Mobile("m-4", 4, "2025-03-06T13:00:00Z")], CancellationToken.None);
        await store.UpsertReviewsAsync(globexTenantId, [
            Review(globexTenantId, globexDatasetId, "app-store:globex", "g-1", 1, "2025-03-04T10:00:00Z"),
            Review(globexTenantId, globexDatasetId, "app-store:globex", "g-2", 1, "2025-03-04T11:00:00Z"),
        ], CancellationToken.None);
    }

    private static ReviewDocument Review(string tenantId, string datasetId, string source, string id, int rating, string at) =>
        new(tenantId, datasetId, source, id, rating, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
        {
            Title = "Review " + id,
            Text = "Stars: " + rating,
            Language = "en",
            AppVersion = "2.4.0",
        };
}
