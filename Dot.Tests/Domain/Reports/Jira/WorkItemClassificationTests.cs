using Dot.Domain.Classification;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

public sealed class WorkItemClassificationTests
{
    [Fact]
    public void EveryFieldOfAWorkItemIsClassified()
    {
        var properties = typeof(ParsedWorkItem).GetProperties().Select(property => property.Name).Order();

        Assert.Equal(properties, WorkItemClassification.Fields.Keys.Order());
    }

    [Fact]
    public void OnlyTheProjectIsPublicAndOnlyTheAssigneeIsPersonal()
    {
        Assert.Equal(DataClassification.Restricted, WorkItemClassification.Document);
        Assert.Equal(
            [nameof(ParsedWorkItem.ProjectKey)],
            WorkItemClassification.Fields.Where(field => field.Value.Classification == DataClassification.Public).Select(field => field.Key));
        Assert.Equal(
            [nameof(ParsedWorkItem.AssigneeName)],
            WorkItemClassification.Fields.Where(field => field.Value.IsPersonalData).Select(field => field.Key));
        Assert.Equal(DataClassification.Restricted, WorkItemClassification.Of(nameof(ParsedWorkItem.AssigneeName)).Classification);
    }

    [Fact]
    public void AnUnknownFieldIsRestricted()
    {
        Assert.Equal(FieldClassification.Restricted, WorkItemClassification.Of("Description"));
    }
}
