using Dot.Domain.Reports;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>How single fields are read, whatever their shape in Jira's JSON.</summary>
public sealed class JiraIssueFieldTests
{
    private static readonly WorkItemMapping WithSeverity = new() { SeverityField = "customfield_1" };

    [Theory]
    [InlineData("\"S2\"", "S2")]
    [InlineData("""{"self": "https://x/customFieldOption/1", "value": "S2", "id": "1"}""", "S2")]
    [InlineData("""[{"value": "S2"}, {"value": "S3"}]""", "S2")]
    [InlineData("""{"name": "S2"}""", "S2")]
    [InlineData("""{"value": "Hardware", "child": {"value": "Disk"}}""", "Hardware")]
    [InlineData("null", null)]
    [InlineData("\"  \"", null)]
    [InlineData("[]", null)]
    [InlineData("42", null)]
    public void SeverityIsAStringAnOptionOrTheFirstOfAList(string value, string? expected)
    {
        var item = JiraParsing.ParseFields($$"""{"customfield_1": {{value}}}""", WithSeverity);

        Assert.Equal(expected, item.Severity);
    }

    [Theory]
    [InlineData("""{"customfield_10016": 3}""", 3.0)]
    [InlineData("""{"customfield_10016": null, "customfield_10026": 2.5}""", 2.5)]
    [InlineData("""{"customfield_10026": 8, "customfield_10002": 13}""", 8.0)]
    [InlineData("""{"customfield_10002": "5"}""", 5.0)]
    [InlineData("""{"customfield_10016": 0}""", 0.0)]
    [InlineData("""{"customfield_99": 5}""", null)]
    public void StoryPointsComeFromTheFirstDefaultFieldThatHoldsANumber(string fields, double? expected)
    {
        Assert.Equal(expected, JiraParsing.ParseFields(fields).StoryPoints);
    }

    [Fact]
    public void StoryPointsThatAreNotANumberAreIgnoredWithAWarning()
    {
        var result = JiraParsing.Parse("""{"issues": [{"key": "T-1", "fields": {"customfield_10016": "lots", "customfield_10026": 3}}]}""");

        Assert.Equal(3.0, Assert.Single(result.Items).StoryPoints);
        Assert.Equal(["story points 'lots' in customfield_10016 of issue 'T-1' are not a number; ignored"], result.Warnings.Messages);
    }

    [Fact]
    public void ConfiguredStoryPointsFieldsReplaceTheDefaults()
    {
        var mapping = new WorkItemMapping { StoryPointsFields = ["customfield_10004"] };

        var item = JiraParsing.ParseFields("""{"customfield_10016": 3, "customfield_10004": 5}""", mapping);

        Assert.Equal(5.0, item.StoryPoints);
    }

    [Theory]
    [InlineData("""[{"id": 1, "name": "S1", "state": "closed"}, {"id": 2, "name": "S2", "state": "future"}]""", "S2")]
    [InlineData("""[{"id": 1, "name": "S1", "state": "active"}, {"id": 2, "name": "S2", "state": "future"}]""", "S1")]
    [InlineData("""{"id": 1, "name": "Only", "state": "closed"}""", "Only")]
    [InlineData("""["com.atlassian.greenhopper.service.sprint.Sprint@1a[id=1,rapidViewId=1,state=CLOSED,name=Old,startDate=<null>,endDate=<null>,completeDate=<null>,sequence=1]"]""", "Old")]
    [InlineData("""["com.atlassian.greenhopper.service.sprint.Sprint@1a[id=1,rapidViewId=1,state=ACTIVE,name=Sprint 1, =x,y=,goal=a, b=c]", "com.atlassian.greenhopper.service.sprint.Sprint@2b[id=2,name=Sprint 2,state=FUTURE]"]""", "Sprint 1, =x")]
    [InlineData("""["com.atlassian.greenhopper.service.sprint.Sprint@1a[id=1,state=ACTIVE,name=<null>]", "Sprint@2b[name=Named]"]""", "Named")]
    [InlineData("""["not a sprint"]""", null)]
    [InlineData("[]", null)]
    [InlineData("null", null)]
    public void TheSprintIsTheActiveOneElseTheLastListed(string value, string? expected)
    {
        var item = JiraParsing.ParseFields($$"""{"customfield_10020": {{value}}}""");

        Assert.Equal(expected, item.Sprint);
    }

    [Fact]
    public void ConfiguredSprintAndEpicLinkFieldsAreRead()
    {
        var mapping = new WorkItemMapping { SprintField = "customfield_10104", EpicLinkField = "customfield_10008" };

        var item = JiraParsing.ParseFields(
            """{"customfield_10020": [{"name": "Wrong"}], "customfield_10104": [{"name": "Right"}], "customfield_10014": "X-1", "customfield_10008": "X-2"}""",
            mapping);

        Assert.Equal(("Right", "X-2"), (item.Sprint, item.EpicKey));
    }

    [Fact]
    public void ABlankFieldIdReadsNothing()
    {
        var mapping = new WorkItemMapping { SprintField = "", EpicLinkField = " ", StoryPointsFields = [] };

        var item = JiraParsing.ParseFields("""{"customfield_10020": [{"name": "S"}], "customfield_10014": "X-1", "customfield_10016": 3}""", mapping);

        Assert.Equal((null, null, null), (item.Sprint, item.EpicKey, item.StoryPoints));
    }

    [Theory]
    [InlineData("""{"key": "E-1", "fields": {"issuetype": {"name": "Epic"}}}""", "E-1")]
    [InlineData("""{"key": "E-1", "fields": {"issuetype": {"name": "Feature", "hierarchyLevel": 1}}}""", "E-1")]
    [InlineData("""{"key": "S-1", "fields": {"issuetype": {"name": "Story", "hierarchyLevel": 0}}}""", null)]
    [InlineData("""{"key": "S-1"}""", null)]
    public void AParentIsTheEpicWhenItIsOne(string parent, string? expectedEpic)
    {
        var item = JiraParsing.ParseFields($$"""{"parent": {{parent}}}""");

        Assert.Equal(expectedEpic, item.EpicKey);
        Assert.NotNull(item.ParentKey);
    }

    [Fact]
    public void TheEpicLinkWinsOverAParentEpic()
    {
        var item = JiraParsing.ParseFields("""{"customfield_10014": "E-2", "parent": {"key": "E-1", "fields": {"issuetype": {"name": "Epic"}}}}""");

        Assert.Equal(("E-2", "E-1"), (item.EpicKey, item.ParentKey));
    }

    [Theory]
    [InlineData("""{"name": "Open", "statusCategory": {"key": "new", "name": "To Do"}}""", WorkItemStatusCategory.ToDo)]
    [InlineData("""{"name": "Doing", "statusCategory": {"key": "indeterminate"}}""", WorkItemStatusCategory.InProgress)]
    [InlineData("""{"name": "Shipped", "statusCategory": {"key": "done"}}""", WorkItemStatusCategory.Done)]
    [InlineData("""{"name": "Shipped", "statusCategory": {"name": "Done"}}""", WorkItemStatusCategory.Done)]
    [InlineData("""{"name": "Shipped", "statusCategory": {"name": "in progress"}}""", WorkItemStatusCategory.InProgress)]
    [InlineData("""{"name": "Odd", "statusCategory": {"key": "undefined", "name": "No Category"}}""", WorkItemStatusCategory.Unknown)]
    [InlineData("""{"name": "Odd"}""", WorkItemStatusCategory.Unknown)]
    [InlineData("null", WorkItemStatusCategory.Unknown)]
    public void TheStatusCategoryComesFromItsKeyElseItsName(string status, WorkItemStatusCategory expected)
    {
        Assert.Equal(expected, JiraParsing.ParseFields($$"""{"status": {{status}}}""").StatusCategory);
    }

    [Theory]
    [InlineData("ABC-12", """{}""", "ABC")]
    [InlineData("MY-TEAM-7", """{}""", "MY-TEAM")]
    [InlineData("ABC-12", """{"project": {"key": "XYZ"}}""", "XYZ")]
    [InlineData("12", """{}""", null)]
    public void TheProjectKeyIsTheProjectsElseTheKeysPrefix(string key, string fields, string? expected)
    {
        var item = JiraParsing.ParseSingle($$"""{"key": "{{key}}", "fields": {{fields}}}""");

        Assert.Equal(expected, item.ProjectKey);
    }

    [Theory]
    [InlineData("2024-01-05T10:11:12.000+0100", 1)]
    [InlineData("2024-01-05T10:11:12.000-0530", -5.5)]
    [InlineData("2024-01-05T10:11:12.000Z", 0)]
    [InlineData("2024-01-05T10:11:12.000+01:00", 1)]
    public void JirasTimestampsKeepTheirOffset(string created, double offsetHours)
    {
        var item = JiraParsing.ParseFields($$"""{"created": "{{created}}"}""");

        var offset = TimeSpan.FromHours(offsetHours);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 10, 11, 12, offset), item.Created);
        Assert.Equal(offset, item.Created!.Value.Offset);
    }

    [Fact]
    public void AnUnreadableDateIsDroppedWithAWarning()
    {
        var result = JiraParsing.Parse("""{"issues": [{"key": "T-1", "fields": {"created": "last Tuesday", "updated": 5}}]}""");

        Assert.Null(Assert.Single(result.Items).Created);
        Assert.Equal(["timestamp 'last Tuesday' of issue 'T-1' is not a date; ignored"], result.Warnings.Messages);
    }

    [Fact]
    public void LongTextIsCutToTheNameLimitWithAWarning()
    {
        var limits = new ReportLimits { MaxNameLength = 5 };

        var result = JiraParsing.Parse(
            """{"issues": [{"key": "T-1", "fields": {"summary": "A long summary", "labels": ["short", "much-too-long"], "components": [{"name": "Component"}]}}]}""",
            limits: limits);

        var item = Assert.Single(result.Items);
        Assert.Equal(("A lon", "Compo"), (item.Summary, Assert.Single(item.Components)));
        Assert.Equal(["short", "much-"], item.Labels);
        Assert.Equal(
            [
                "summary of issue 'T-1' truncated to 5 characters",
                "component of issue 'T-1' truncated to 5 characters",
                "label of issue 'T-1' truncated to 5 characters",
            ],
            result.Warnings.Messages);
    }

    [Fact]
    public void BlankAndNonTextLabelsAndComponentsAreDropped()
    {
        var item = JiraParsing.ParseFields("""{"labels": ["a", "", " ", 3, null, "b"], "components": [{"name": "C"}, {"id": "1"}, "D", null]}""");

        Assert.Equal(["a", "b"], item.Labels);
        Assert.Equal(["C"], item.Components);
    }

    [Fact]
    public void ValuesOfAnUnexpectedKindAreAbsent()
    {
        var item = JiraParsing.ParseFields(
            """{"summary": 42, "status": "Done", "priority": ["High"], "issuetype": "Bug", "labels": "x", "assignee": "someone", "parent": "P-1"}""");

        Assert.Equal((null, null, null, null, null, null), (item.Summary, item.Status, item.Priority, item.IssueType, item.AssigneeName, item.ParentKey));
        Assert.Equal(WorkItemType.Task, item.Type);
        Assert.Empty(item.Labels);
    }

    [Fact]
    public void AnIssueWithoutFieldsKeepsItsKeyWithAWarning()
    {
        var result = JiraParsing.Parse("""{"issues": [{"id": "10001", "key": "T-1", "self": "https://x/rest/api/3/issue/10001"}]}""");

        var item = Assert.Single(result.Items);
        Assert.Equal(("T-1", "T", WorkItemType.Task, WorkItemStatusCategory.Unknown), (item.Key, item.ProjectKey, item.Type, item.StatusCategory));
        Assert.Equal(["issue 'T-1' has no fields; only its key is kept"], result.Warnings.Messages);
    }
}
