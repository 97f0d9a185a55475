using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// The answers of the dashboard queries over the seeded data, kept as snapshots under <c>__snapshots__</c>. Only
/// stable fields are asked for: ids, upload ids and cursors change from one seeding to the next.
/// </summary>
[Collection(SeededDashboardsGroup.Name)]
public sealed class DashboardSnapshotTests(SeededDashboards seed)
{
    private const string To = SeededDashboards.To;

    private const string ResultFields = "suite className name status durationMs failureMessage failureType timestamp run environment flaky";

    /// <summary>Runs <paramref name="query"/> as Acme's owner and matches its data with the snapshot named in the test itself.</summary>
    private async Task MatchAsync(SnapshotFullName name, string query, object variables, Func<MatchOptions, MatchOptions>? options = null)
    {
        var data = await seed.Acme.DataAsync(query, variables);
        Snapshot.Match(JToken.Parse(data.GetRawText()), name, options ?? (o => o));
    }

    [Fact]
    public Task PassRateTrend_ByDay_HasEveryDayOfTheWindow() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID) { passRateTrend(datasetId: $d, interval: DAY, from: "2025-03-02T00:00:00Z", to: "2025-03-08T00:00:00Z") {
              bucket total passed failed errored skipped passRate } }
            """, new { d = seed.WebDatasetId });

    [Fact]
    public Task PassRateTrend_ByHour_OfOneSuite() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID) { passRateTrend(datasetId: $d, interval: HOUR, from: "2025-03-03T12:00:00Z", to: "2025-03-03T16:00:00Z",
              filter: { suite: "search" }) { bucket total passed failed errored passRate } }
            """, new { d = seed.WebDatasetId });

    [Fact]
    public Task PassRateTrend_ByWeek_OverEveryDataset_For30DaysBeforeTo() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { passRateTrend(interval: WEEK, to: $to) { bucket total passed failed errored skipped passRate } }
            """, new { to = To });

    [Fact]
    public Task TestResults_Failures_LongestFirst() =>
        MatchAsync(Snapshot.FullName(), $$"""
            query($d: ID, $to: DateTime) { testResults(datasetId: $d, first: 5, filter: { status: [FAILED, ERRORED], to: $to },
              orderBy: { field: DURATION, direction: DESC }) { edges { node { {{ResultFields}} } } pageInfo { hasNextPage hasPreviousPage } } }
            """, new { d = seed.WebDatasetId, to = To });

    [Fact]
    public Task TestResults_NameContains_IgnoresCase_ShortestFirst() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { testResults(first: 20, filter: { nameContains: "_BY_", to: $to }, orderBy: { field: DURATION, direction: ASC }) {
              edges { node { name run timestamp status durationMs } } pageInfo { hasNextPage } } }
            """, new { to = To });

    [Fact]
    public Task TestResults_OfARetriedRun_HoldEachTestsFinalExecution() =>
        MatchAsync(Snapshot.FullName(), $$"""
            query($d: ID, $to: DateTime) { testResults(datasetId: $d, filter: { run: "nightly-4", suite: "checkout", to: $to }) {
              edges { cursor node { id uploadId datasetId {{ResultFields}} } } } }
            """, new { d = seed.WebDatasetId, to = To },
            // Opaque ids and cursors change with every seeding; that they are there is what the snapshot keeps.
            o => o.IgnoreAllFields("cursor").IgnoreAllFields("id").IgnoreAllFields("uploadId").IgnoreAllFields("datasetId"));

    [Fact]
    public Task FlakyTests_FlagsAndFlips() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID, $to: DateTime) { flakyTests(datasetId: $d, to: $to, first: 10) { suite className name runs flakyRuns flakeRate lastFlakyAt } }
            """, new { d = seed.WebDatasetId, to = To });

    [Fact]
    public Task SlowestTests_OverEveryDataset() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { slowestTests(to: $to, first: 4) { suite className name runs p50 p95 max } }
            """, new { to = To });

    [Fact]
    public Task TopFailures_OverEveryDataset_GroupedByFingerprint() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { topFailures(to: $to, first: 10) { fingerprint message count tests lastSeenAt } }
            """, new { to = To });

    [Fact]
    public Task ReadmeDashboardQuery_AnswersInOneRequest() =>
        MatchAsync(Snapshot.FullName(), ReadmeExamples.DashboardQuery(), new { dataset = seed.WebDatasetId, to = To });

    [Fact]
    public Task DefectSummary_ByEachField_OfTheWebShop_SinceSeptember() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID, $to: DateTime) {
              bySeverity: defectSummary(datasetId: $d, groupBy: SEVERITY, from: "2024-09-01T00:00:00Z", to: $to) { key total open resolved }
              byPriority: defectSummary(datasetId: $d, groupBy: PRIORITY, from: "2024-09-01T00:00:00Z", to: $to) { key total open resolved }
              byStatus: defectSummary(datasetId: $d, groupBy: STATUS, from: "2024-09-01T00:00:00Z", to: $to) { key total open resolved }
              byComponent: defectSummary(datasetId: $d, groupBy: COMPONENT, from: "2024-09-01T00:00:00Z", to: $to) { key total open resolved } }
            """, new { d = seed.WebDatasetId, to = To });

    [Fact]
    public Task DefectSummary_OverEveryDataset_For30DaysBeforeTo() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { defectSummary(to: $to) { key total open resolved } }
            """, new { to = To });

    [Fact]
    public Task DefectAging_AtTo_OverEveryDataset() =>
        MatchAsync(Snapshot.FullName(), """
            query($at: DateTime) { defectAging(at: $at) { fromDays toDays count } }
            """, new { at = To });

    [Fact]
    public Task DefectAging_FiveMarch_CountsDefectsResolvedSince() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID) { defectAging(datasetId: $d, at: "2025-03-05T00:00:00Z") { fromDays toDays count } }
            """, new { d = seed.WebDatasetId });

    [Fact]
    public Task WorkItemThroughput_ByDay_OfTheWebShop() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID) { workItemThroughput(datasetId: $d, interval: DAY, from: "2025-03-01T00:00:00Z", to: "2025-03-08T00:00:00Z") { bucket count } }
            """, new { d = seed.WebDatasetId });

    [Fact]
    public Task WorkItemThroughput_ByWeek_OfDefects_OverEveryDataset_For30DaysBeforeTo() =>
        MatchAsync(Snapshot.FullName(), """
            query($to: DateTime) { workItemThroughput(interval: WEEK, type: DEFECT, to: $to) { bucket count } }
            """, new { to = To });

    [Fact]
    public Task AppRatingTrend_ByDay_OverEveryDataset() =>
        MatchAsync(Snapshot.FullName(), """
            query { appRatingTrend(interval: DAY, from: "2025-03-02T00:00:00Z", to: "2025-03-08T00:00:00Z") { bucket count averageRating } }
            """, new { });

    [Fact]
    public Task AppRatingTrend_ByWeek_OfTheMobileApp() =>
        MatchAsync(Snapshot.FullName(), """
            query($d: ID, $to: DateTime) { appRatingTrend(datasetId: $d, interval: WEEK, to: $to) { bucket count averageRating } }
            """, new { d = seed.MobileDatasetId, to = To });
}
