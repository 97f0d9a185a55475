using Dot.Domain.Analytics;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for work items: snapshots by key, all or nothing, scoped to tenant and dataset.</summary>
public abstract partial class AnalyticsContract
{
    private Task<long> ReplaceItemsAsync(UploadScope upload, params (string Key, WorkItemType Type, string Status)[] items) =>
        Writer.ReplaceUploadWorkItemsAsync(upload.TenantId, upload.UploadId, items.Select(i => Item(upload, i.Key, i.Type, i.Status)), CancellationToken.None);

    private async Task<Dictionary<string, string?>> CurrentItemsAsync(UploadScope scope, WorkItemType? type = null) =>
        (await Reader.QueryAsync(new WorkItemsQuery(ScopeOf(scope), type, 100, null), CancellationToken.None))
            .ToDictionary(d => d.Item.Key, d => d.Item.Status);

    private static WorkItemDocument Item(UploadScope upload, string key, WorkItemType type, string status) =>
        new(upload.TenantId, upload.DatasetId, upload.UploadId,
            new ParsedWorkItem { Key = key, Type = type, Status = status, Components = ["api"], Labels = ["x", "y"], Created = UploadScope.Noon },
            upload.UploadedAt);

    [Fact]
    public async Task WorkItems_AreStoredWithEveryField()
    {
        var upload = UploadScope.New();
        await ReplaceItemsAsync(upload, ("A-1", WorkItemType.Defect, "Open"));

        var stored = Assert.Single(await Reader.QueryAsync(new WorkItemsQuery(ScopeOf(upload), null, 10, null), CancellationToken.None));

        var expected = Item(upload, "A-1", WorkItemType.Defect, "Open");
        Assert.Equal(expected with { Item = stored.Item }, stored);
        Assert.Equal(expected.Item with { Components = stored.Item.Components, Labels = stored.Item.Labels }, stored.Item);
        Assert.Equal(expected.Item.Components, stored.Item.Components);
        Assert.Equal(expected.Item.Labels, stored.Item.Labels);
    }

    [Fact]
    public async Task WorkItems_LatestUploadOfAKeyWins()
    {
        var first = UploadScope.New();
        var second = first.NextUpload();
        await ReplaceItemsAsync(first, ("A-1", WorkItemType.Defect, "Open"), ("A-2", WorkItemType.Story, "Open"));

        await ReplaceItemsAsync(second, ("A-1", WorkItemType.Defect, "Closed"));

        Assert.Equal(new Dictionary<string, string?> { ["A-1"] = "Closed", ["A-2"] = "Open" }, await CurrentItemsAsync(first));
    }

    [Fact]
    public async Task WorkItems_FilterByTypeAndPageByKey()
    {
        var upload = UploadScope.New();
        await ReplaceItemsAsync(upload, ("A-3", WorkItemType.Defect, "Open"), ("A-1", WorkItemType.Defect, "Open"), ("A-2", WorkItemType.Story, "Open"));

        var page = await Reader.QueryAsync(new WorkItemsQuery(ScopeOf(upload), WorkItemType.Defect, 1, "A-1"), CancellationToken.None);

        Assert.Equal(["A-3"], page.Select(d => d.Item.Key));
    }

    [Fact]
    public async Task WorkItems_AreAllOrNothing()
    {
        var upload = UploadScope.New();
        await ReplaceItemsAsync(upload, ("A-1", WorkItemType.Task, "Open"));

        await Assert.ThrowsAsync<InvalidDataException>(() => Writer.ReplaceUploadWorkItemsAsync(
            upload.TenantId, upload.UploadId, ThrowingAfter([Item(upload, "A-1", WorkItemType.Task, "Closed")], new InvalidDataException("cut")), CancellationToken.None));

        Assert.Equal(new Dictionary<string, string?> { ["A-1"] = "Open" }, await CurrentItemsAsync(upload));
    }

    [Fact]
    public async Task WorkItems_NeverCrossTenantsOrDatasets()
    {
        var mine = UploadScope.New();
        var otherTenant = UploadScope.New() with { DatasetId = mine.DatasetId };
        var otherDataset = mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        await ReplaceItemsAsync(mine, ("A-1", WorkItemType.Task, "Mine"));
        await ReplaceItemsAsync(otherTenant, ("A-1", WorkItemType.Task, "Theirs"));
        await ReplaceItemsAsync(otherDataset, ("A-1", WorkItemType.Task, "Elsewhere"));

        Assert.Equal(new Dictionary<string, string?> { ["A-1"] = "Mine" }, await CurrentItemsAsync(mine));
    }

    [Fact]
    public async Task WorkItems_RemovedExceptTheKeptKeys_EverySnapshot_OnlyInTheirDataset()
    {
        var mine = UploadScope.New();
        var later = mine.NextUpload();
        var otherTenant = UploadScope.New() with { DatasetId = mine.DatasetId };
        var otherDataset = mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        await ReplaceItemsAsync(mine, ("A-1", WorkItemType.Task, "Open"), ("A-2", WorkItemType.Story, "Open"), ("A-3", WorkItemType.Defect, "Open"));
        await ReplaceItemsAsync(later, ("A-2", WorkItemType.Story, "Closed"));
        await ReplaceItemsAsync(otherTenant, ("A-2", WorkItemType.Task, "Theirs"));
        await ReplaceItemsAsync(otherDataset, ("A-2", WorkItemType.Task, "Elsewhere"));

        var removed = await Writer.RemoveWorkItemsExceptAsync(mine.TenantId, mine.DatasetId, new HashSet<string> { "A-1", "A-3", "A-9" }, CancellationToken.None);
        // A later upload of a removed key starts it afresh: no older snapshot of it comes back.
        await ReplaceItemsAsync(later.NextUpload(), ("A-1", WorkItemType.Task, "Closed"));
        var afterAnUpload = await CurrentItemsAsync(mine);
        var removedAgain = await Writer.RemoveWorkItemsExceptAsync(mine.TenantId, mine.DatasetId, new HashSet<string> { "A-1", "A-3" }, CancellationToken.None);

        Assert.Equal((1L, 0L), (removed, removedAgain));
        Assert.Equal(new Dictionary<string, string?> { ["A-1"] = "Closed", ["A-3"] = "Open" }, afterAnUpload);
        Assert.Equal(new Dictionary<string, string?> { ["A-2"] = "Theirs" }, await CurrentItemsAsync(otherTenant));
        Assert.Equal(new Dictionary<string, string?> { ["A-2"] = "Elsewhere" }, await CurrentItemsAsync(otherDataset));
    }

    [Fact]
    public async Task WorkItems_RemovedExceptNone_EmptiesTheDataset()
    {
        var upload = UploadScope.New();
        await ReplaceItemsAsync(upload, ("A-1", WorkItemType.Task, "Open"), ("A-2", WorkItemType.Story, "Open"));

        var removed = await Writer.RemoveWorkItemsExceptAsync(upload.TenantId, upload.DatasetId, new HashSet<string>(), CancellationToken.None);

        Assert.Equal(2L, removed);
        Assert.Empty(await CurrentItemsAsync(upload));
    }
}
