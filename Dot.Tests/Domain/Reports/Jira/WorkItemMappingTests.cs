using Dot.Domain.WorkItems;
using Microsoft.Extensions.Configuration;

namespace Dot.Tests.Domain.Reports.Jira;

public sealed class WorkItemMappingTests
{
    [Theory]
    [InlineData("Epic", WorkItemType.Epic)]
    [InlineData("epic", WorkItemType.Epic)]
    [InlineData("Story", WorkItemType.Story)]
    [InlineData("User Story", WorkItemType.Story)]
    [InlineData("USER STORY", WorkItemType.Story)]
    [InlineData("Bug", WorkItemType.Defect)]
    [InlineData(" bug ", WorkItemType.Defect)]
    [InlineData("Defect", WorkItemType.Defect)]
    [InlineData("Incident", WorkItemType.Defect)]
    [InlineData("Problem", WorkItemType.Defect)]
    [InlineData("Task", WorkItemType.Task)]
    [InlineData("Sub-task", WorkItemType.Task)]
    [InlineData("Subtask", WorkItemType.Task)]
    [InlineData("Improvement", WorkItemType.Task)]
    [InlineData("New Feature", WorkItemType.Task)]
    [InlineData("", WorkItemType.Task)]
    [InlineData(null, WorkItemType.Task)]
    public void DefaultIssueTypes(string? issueType, WorkItemType expected)
    {
        Assert.Equal(expected, WorkItemMapping.Default.TypeOf(issueType));
    }

    [Fact]
    public void ConfiguredIssueTypesWinCaseInsensitively()
    {
        var mapping = new WorkItemMapping
        {
            IssueTypes = new Dictionary<string, WorkItemType> { ["spike"] = WorkItemType.Story, ["BUG"] = WorkItemType.Task },
            OtherIssueTypes = WorkItemType.Story,
        };

        string[] issueTypes = ["Spike", "Bug", "Incident", "Chore", "Epic"];

        Assert.Equal(
            [WorkItemType.Story, WorkItemType.Task, WorkItemType.Defect, WorkItemType.Story, WorkItemType.Epic],
            issueTypes.Select(mapping.TypeOf));
    }

    [Fact]
    public void TheDefaultFieldIds()
    {
        var mapping = WorkItemMapping.Default;

        Assert.Equal(["customfield_10016", "customfield_10026", "customfield_10002"], mapping.EffectiveStoryPointsFields());
        Assert.Equal(("customfield_10020", "customfield_10014", null), (mapping.SprintField, mapping.EpicLinkField, mapping.SeverityField));
        Assert.Empty(mapping.IssueTypes);
        Assert.Equal(WorkItemType.Task, mapping.OtherIssueTypes);
    }

    [Fact]
    public void BindsFromConfigurationReplacingTheDefaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jira:IssueTypes:Spike"] = "Story",
                ["Jira:IssueTypes:bug"] = "Task",
                ["Jira:OtherIssueTypes"] = "defect",
                ["Jira:SeverityField"] = "customfield_10050",
                ["Jira:StoryPointsFields:0"] = "customfield_10004",
                ["Jira:SprintField"] = "",
            })
            .Build();

        var mapping = configuration.GetSection("Jira").Get<WorkItemMapping>()!;

        Assert.Equal(["customfield_10004"], mapping.EffectiveStoryPointsFields());
        Assert.Equal(("customfield_10050", "", WorkItemMapping.DefaultEpicLinkField), (mapping.SeverityField, mapping.SprintField, mapping.EpicLinkField));
        string[] issueTypes = ["Spike", "Bug", "Chore", "Story"];
        Assert.Equal([WorkItemType.Story, WorkItemType.Task, WorkItemType.Defect, WorkItemType.Story], issueTypes.Select(mapping.TypeOf));
    }
}
