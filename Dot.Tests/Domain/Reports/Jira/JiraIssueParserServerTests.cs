using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>A saved <c>GET /rest/api/2/search</c> response from Jira Server: legacy sprint strings, the epic-link field.</summary>
public sealed class JiraIssueParserServerTests
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    [Fact]
    public void EveryIssueIsReadInOrderWithoutWarnings()
    {
        var result = JiraParsing.ParseFixture(JiraParsing.ServerV2);

        Assert.Equal(["SHOP-100", "SHOP-101", "SHOP-102", "SHOP-103"], result.Items.Select(item => item.Key));
        Assert.Empty(result.Warnings.Messages);
    }

    [Fact]
    public void AResolvedStoryKeepsPointsComponentsLabelsSprintAndEpicLink()
    {
        var story = JiraParsing.ParseFixture(JiraParsing.ServerV2)["SHOP-101"];

        Assert.Equal(("SHOP", "Story", WorkItemType.Story), (story.ProjectKey, story.IssueType, story.Type));
        Assert.Equal("As a shopper I can pay with a saved card", story.Summary);
        Assert.Equal(("Closed", WorkItemStatusCategory.Done, "Major"), (story.Status, story.StatusCategory, story.Priority));
        Assert.Equal(["Checkout", "Payments"], story.Components);
        Assert.Equal(["pci", "wallet"], story.Labels);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 10, 11, 12, Cet), story.Created);
        Assert.Equal(Cet, story.Created!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 16, 0, 0, Cet), story.Updated);
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 17, 45, 30, Cet), story.Resolved);
        Assert.Equal(5.0, story.StoryPoints);
        Assert.Equal("Shop Sprint 12, payments", story.Sprint); // the last of two closed sprints; its name holds a comma
        Assert.Equal(("SHOP-100", null), (story.EpicKey, story.ParentKey));
        Assert.Equal("Anna Kovács", story.AssigneeName);
        Assert.Null(story.Severity);
    }

    [Fact]
    public void ABugTakesItsSeverityFromTheConfiguredOptionField()
    {
        var mapping = new WorkItemMapping { SeverityField = "customfield_10050" };

        var bug = JiraParsing.ParseFixture(JiraParsing.ServerV2, mapping)["SHOP-102"];

        Assert.Equal(("Bug", WorkItemType.Defect, "S1 - Blocker"), (bug.IssueType, bug.Type, bug.Severity));
        Assert.Equal(("In Progress", WorkItemStatusCategory.InProgress, "Critical"), (bug.Status, bug.StatusCategory, bug.Priority));
        Assert.Equal("Shop Sprint 13", bug.Sprint); // the active one of closed, active and future
        Assert.Equal(["Payments"], bug.Components);
        Assert.Equal(["3ds"], bug.Labels);
        Assert.Equal("SHOP-100", bug.EpicKey);
        Assert.Null(bug.Resolved);
        Assert.Null(bug.StoryPoints);
        Assert.Null(bug.AssigneeName);
    }

    [Fact]
    public void WithoutASeverityFieldNoSeverityIsRead()
    {
        var bug = JiraParsing.ParseFixture(JiraParsing.ServerV2)["SHOP-102"];

        Assert.Null(bug.Severity);
    }

    [Fact]
    public void AnEpicIsToDoAndBelongsToNoEpic()
    {
        var epic = JiraParsing.ParseFixture(JiraParsing.ServerV2)["SHOP-100"];

        Assert.Equal((WorkItemType.Epic, "Open", WorkItemStatusCategory.ToDo), (epic.Type, epic.Status, epic.StatusCategory));
        Assert.Equal(("Saved cards in the wallet", null, null), (epic.Summary, epic.EpicKey, epic.Sprint));
        Assert.Empty(epic.Components);
        Assert.Empty(epic.Labels);
    }

    [Fact]
    public void ASubTaskKeepsItsStoryAsParentButNotAsEpic()
    {
        var subTask = JiraParsing.ParseFixture(JiraParsing.ServerV2)["SHOP-103"];

        Assert.Equal(("Sub-task", WorkItemType.Task), (subTask.IssueType, subTask.Type));
        Assert.Equal(("SHOP-101", null), (subTask.ParentKey, subTask.EpicKey));
        Assert.Equal("Thomas Müller", subTask.AssigneeName);
        Assert.Equal(new DateTimeOffset(2024, 1, 19, 10, 0, 0, Cet), subTask.Resolved);
    }
}
