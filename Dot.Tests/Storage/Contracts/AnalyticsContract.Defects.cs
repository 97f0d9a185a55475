using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for defect and work-item aggregates: current items only, scoped to tenant and datasets.</summary>
public abstract partial class AnalyticsContract
{
    private static readonly TimeWindow ThreeDays = new(UploadScope.Noon.Date, UploadScope.Noon.Date.AddDays(3));

    private Task<long> StoreItemsAsync(UploadScope upload, params ParsedWorkItem[] items) =>
        Writer.ReplaceUploadWorkItemsAsync(upload.TenantId, upload.UploadId, items.Select(i => new WorkItemDocument(upload.TenantId, upload.DatasetId, upload.UploadId, i, upload.UploadedAt)), CancellationToken.None);

    private static ParsedWorkItem Defect(string key, string? severity = null, DateTimeOffset? created = null, WorkItemStatusCategory category = WorkItemStatusCategory.ToDo, DateTimeOffset? resolved = null) =>
        new() { Key = key, Type = WorkItemType.Defect, Severity = severity, StatusCategory = category, Created = created ?? UploadScope.Noon, Resolved = resolved };

    private static ParsedWorkItem Resolved(string key, WorkItemType type, DateTimeOffset resolved) =>
        new() { Key = key, Type = type, StatusCategory = WorkItemStatusCategory.Done, Created = resolved.AddDays(-3), Resolved = resolved };

    private async Task<List<DefectGroup>> SummaryAsync(AnalyticsScope scope, DefectGroupField groupBy) =>
        [.. await Reader.QueryAsync(new DefectSummaryQuery(scope, AroundNoon, groupBy, 100), CancellationToken.None)];

    private async Task<long[]> AgesAsync(AnalyticsScope scope, DateTimeOffset at) =>
        (await Reader.QueryAsync(new DefectAgingQuery(scope, at), CancellationToken.None)).Select(a => a.Count).ToArray();

    private async Task<long[]> ThroughputAsync(AnalyticsScope scope, WorkItemType? type = null) =>
        (await Reader.QueryAsync(new WorkItemThroughputQuery(scope, ThreeDays, new DateHistogram(HistogramInterval.Day), type), CancellationToken.None))
            .Select(b => b.Count).ToArray();

    [Fact]
    public async Task DefectSummary_CountsDefectsCreatedInTheWindow_OpenAndResolved_NullKeyForNoValue()
    {
        var upload = UploadScope.New();
        await StoreItemsAsync(upload,
            Defect("D-1", "Critical"),
            Defect("D-2", "Critical", category: WorkItemStatusCategory.Done, resolved: UploadScope.Noon.AddHours(1)),
            Defect("D-3", severity: null, category: WorkItemStatusCategory.InProgress),
            Defect("D-4", "Critical", created: UploadScope.Noon.AddDays(-2)),
            Defect("D-5", "Minor", created: UploadScope.Noon.AddDays(-1)),
            Resolved("S-1", WorkItemType.Story, UploadScope.Noon) with { Severity = "Critical" });

        var groups = await SummaryAsync(ScopeOf(upload), DefectGroupField.Severity);

        Assert.Equal([new("Critical", 2, 1, 1), new(null, 1, 1, 0), new("Minor", 1, 1, 0)], groups);
    }

    [Fact]
    public async Task DefectSummary_ByComponent_CountsUnderEachComponent()
    {
        var upload = UploadScope.New();
        await StoreItemsAsync(upload,
            Defect("D-1") with { Components = ["api", "web"] },
            Defect("D-2") with { Components = ["api"] },
            Defect("D-3"));

        var groups = await SummaryAsync(ScopeOf(upload), DefectGroupField.Component);

        Assert.Equal([new("api", 2, 2, 0), new(null, 1, 1, 0), new("web", 1, 1, 0)], groups);
    }

    [Fact]
    public async Task DefectSummary_LatestUploadOfAKeyWins_AndNeverCrossesTenantsOrDatasets()
    {
        var first = UploadScope.New();
        var later = first.NextUpload();
        var otherTenant = UploadScope.New() with { DatasetId = first.DatasetId };
        var otherDataset = first.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        await StoreItemsAsync(first, Defect("D-1", "Major"), Defect("D-2", "Major"));
        await StoreItemsAsync(later, Defect("D-1", "Minor", category: WorkItemStatusCategory.Done));
        await StoreItemsAsync(otherTenant, Defect("D-9", "Major"));
        await StoreItemsAsync(otherDataset, Defect("D-8", "Major"));

        var groups = await SummaryAsync(ScopeOf(first), DefectGroupField.Severity);

        Assert.Equal([new("Major", 1, 1, 0), new("Minor", 1, 0, 1)], groups);
        Assert.Empty(await SummaryAsync(AnalyticsScope.Of(first.TenantId), DefectGroupField.Severity));
    }

    [Fact]
    public async Task DefectAging_CountsDefectsOpenAtTheTime_PerAgeRange()
    {
        var upload = UploadScope.New();
        var at = UploadScope.Noon;
        await StoreItemsAsync(upload,
            Defect("D-1", created: at.AddHours(-1)),
            Defect("D-2", created: at.AddDays(-1)), // exactly a day: the second range
            Defect("D-3", created: at.AddDays(-5), category: WorkItemStatusCategory.Done, resolved: at.AddHours(1)), // resolved only later
            Defect("D-4", created: at.AddDays(-10), category: WorkItemStatusCategory.InProgress),
            Defect("D-5", created: at.AddDays(-40)),
            Defect("D-6", created: at.AddDays(-100)),
            Defect("D-7", created: at.AddDays(-100), category: WorkItemStatusCategory.Done, resolved: at.AddDays(-1)),
            Defect("D-8", created: at.AddDays(-3), category: WorkItemStatusCategory.Done), // Done without a time: never open
            Defect("D-9", created: at.AddHours(1)), // not created yet
            Defect("D-10") with { Created = null },
            Resolved("S-1", WorkItemType.Story, at.AddDays(1)));

        var ages = await AgesAsync(ScopeOf(upload), at);
        var withoutDatasets = await AgesAsync(AnalyticsScope.Of(upload.TenantId), at);

        Assert.Equal([1L, 2, 1, 1, 1], ages);
        Assert.Equal([0L, 0, 0, 0, 0], withoutDatasets);
    }

    [Fact]
    public async Task Throughput_CountsCurrentResolvedItemsPerDay_EveryDayOfTheWindow_OfOneTypeOrAll()
    {
        var first = UploadScope.New();
        var later = first.NextUpload();
        var day = ThreeDays.From;
        await StoreItemsAsync(first,
            Resolved("D-1", WorkItemType.Defect, day.AddHours(3)),
            Resolved("S-1", WorkItemType.Story, day.AddHours(23)),
            Resolved("D-2", WorkItemType.Defect, day.AddDays(2)),
            Resolved("D-3", WorkItemType.Defect, day.AddDays(1)),
            Resolved("D-4", WorkItemType.Defect, day.AddDays(3)), // after the window
            Defect("D-5", resolved: day.AddDays(1))); // a resolution time, but not Done
        await StoreItemsAsync(later, Defect("D-3")); // reopened

        var all = await ThroughputAsync(ScopeOf(first));
        var defects = await ThroughputAsync(ScopeOf(first), WorkItemType.Defect);
        var anotherTenants = await ThroughputAsync(AnalyticsScope.Of(UploadScope.New().TenantId, first.DatasetId));

        Assert.Equal([2L, 0, 1], all);
        Assert.Equal([1L, 0, 1], defects);
        Assert.Equal([0L, 0, 0], anotherTenants);
    }
}
