using Dot.Domain.WorkItems;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>Documents with every field set, so that what the adapter writes of each shows in full.</summary>
public static class SampleDocuments
{
    public static readonly DateTimeOffset Noon = new(2025, 6, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A resolved defect with every field of a work item.</summary>
    public static ParsedWorkItem Defect { get; } = new()
    {
        Key = "SHOP-7",
        ProjectKey = "SHOP",
        IssueType = "Bug",
        Type = WorkItemType.Defect,
        Summary = "Cart total wrong",
        Status = "Done",
        StatusCategory = WorkItemStatusCategory.Done,
        Priority = "High",
        Severity = "S2",
        Components = ["cart", "web"],
        Labels = ["regression"],
        Created = Noon.AddDays(-3),
        Updated = Noon,
        Resolved = Noon,
        StoryPoints = 3,
        Sprint = "Sprint 12",
        ParentKey = "SHOP-2",
        EpicKey = "SHOP-1",
        AssigneeName = "A. Person",
    };
}
