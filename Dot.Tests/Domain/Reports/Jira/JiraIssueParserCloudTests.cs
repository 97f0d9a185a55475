using System.Text.Json;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>A saved <c>GET /rest/api/3/search/jql</c> response from Jira Cloud: ADF descriptions, epics as parents, sprint objects.</summary>
public sealed class JiraIssueParserCloudTests
{
    [Fact]
    public void EveryIssueIsReadAndThePagingPropertiesAreSkipped()
    {
        var result = JiraParsing.ParseFixture(JiraParsing.CloudV3);

        Assert.Equal(["APP-7", "APP-9", "APP-1", "APP-12"], result.Items.Select(item => item.Key));
        Assert.Empty(result.Warnings.Messages);
    }

    [Fact]
    public void ATeamManagedStoryTakesItsEpicFromItsParent()
    {
        var story = JiraParsing.ParseFixture(JiraParsing.CloudV3)["APP-7"];

        Assert.Equal(("APP", "Story", WorkItemType.Story), (story.ProjectKey, story.IssueType, story.Type));
        Assert.Equal("Sign in with a passkey", story.Summary);
        Assert.Equal(("In Review", WorkItemStatusCategory.InProgress, "Medium"), (story.Status, story.StatusCategory, story.Priority));
        Assert.Equal(("APP-1", "APP-1"), (story.ParentKey, story.EpicKey));
        Assert.Equal(3.0, story.StoryPoints);
        Assert.Equal("APP Sprint 5", story.Sprint);
        Assert.Equal(["auth", "passkeys"], story.Labels);
        Assert.Empty(story.Components);
        Assert.Equal(new DateTimeOffset(2024, 2, 20, 8, 0, 0, TimeSpan.Zero), story.Created);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 30, 1, 456, TimeSpan.Zero), story.Updated);
        Assert.Null(story.Resolved);
        Assert.Equal("Mia Chen", story.AssigneeName);
    }

    [Fact]
    public void AResolvedBugWithItsSeverityInAnotherField()
    {
        var mapping = new WorkItemMapping { SeverityField = "customfield_10060" };

        var bug = JiraParsing.ParseFixture(JiraParsing.CloudV3, mapping)["APP-9"];

        Assert.Equal((WorkItemType.Defect, "Sev 2", "High"), (bug.Type, bug.Severity, bug.Priority));
        Assert.Equal(("Done", WorkItemStatusCategory.Done), (bug.Status, bug.StatusCategory));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), bug.Resolved);
        Assert.Equal(["iOS"], bug.Components);
        Assert.Equal("APP-1", bug.EpicKey);
        Assert.Null(bug.StoryPoints);
    }

    [Fact]
    public void AnEpicAndASubtaskUnderAStory()
    {
        var result = JiraParsing.ParseFixture(JiraParsing.CloudV3);

        var epic = result["APP-1"];
        var subtask = result["APP-12"];

        Assert.Equal((WorkItemType.Epic, null, null), (epic.Type, epic.ParentKey, epic.EpicKey));
        Assert.Equal(("Subtask", WorkItemType.Task, WorkItemStatusCategory.ToDo), (subtask.IssueType, subtask.Type, subtask.StatusCategory));
        Assert.Equal(("APP-7", null), (subtask.ParentKey, subtask.EpicKey));
        Assert.Equal(0.5, subtask.StoryPoints);
    }

    [Fact]
    public void NoDescriptionTextIsKept()
    {
        var result = JiraParsing.ParseFixture(JiraParsing.CloudV3);

        var json = JsonSerializer.Serialize(result.Items);

        Assert.DoesNotContain("Face ID", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack trace attached", json, StringComparison.Ordinal);
    }
}
