using System.Text.Json;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports.Jira;

/// <summary>Of the people in an export, only the assignee's display name is kept (DESIGN section 6).</summary>
public sealed class JiraPersonalDataTests
{
    private static readonly string[] Identifiers =
    [
        "@", // no e-mail address at all
        "anna.kovacs", "piotr.nowak", "thomas.mueller", "mia.chen", "sam.okafor", "mailto",
        "akovacs", "pnowak", "tmuller", "JIRAUSER", // Server user names and keys
        "5b10ac8d82e05b22cc7d4ef5", "712020:0c9e0a3b-8f3a-4d1e-9d6b-2a8f6c1e7b55", "accountId", // Cloud account ids
        "Piotr Nowak", "Sam Okafor", // reporters
        "avatar", "Europe/",
    ];

    [Theory]
    [InlineData(JiraParsing.ServerV2)]
    [InlineData(JiraParsing.CloudV3)]
    public void NoEmailAddressAccountIdOrReporterIsInTheParsedItems(string fixture)
    {
        var result = JiraParsing.ParseFixture(fixture);

        var json = JsonSerializer.Serialize(result.Items) + string.Join('\n', result.Warnings.Messages);

        Assert.All(Identifiers, identifier => Assert.DoesNotContain(identifier, json, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Items, item => item.AssigneeName is not null);
    }

    [Fact]
    public void NoEmailAddressOrAccountIdOfAGeneratedExportIsKept()
    {
        using var export = new GeneratedJiraExport(200, number => GeneratedJiraExport.Issue(number));

        var json = JsonSerializer.Serialize(JiraParsing.Parse(export).Items);

        Assert.DoesNotContain("@", json, StringComparison.Ordinal);
        Assert.DoesNotContain("acc-", json, StringComparison.Ordinal);
        Assert.Contains("User 200", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemsTextFormNamesNoAssignee()
    {
        var story = JiraParsing.ParseFixture(JiraParsing.CloudV3)["APP-7"];

        Assert.Equal("ParsedWorkItem { Key = APP-7, Type = Story, StatusCategory = InProgress }", story.ToString());
    }

    [Fact]
    public void WarningsNeverQuoteTheAssignee()
    {
        var result = JiraParsing.ParseFixture(JiraParsing.ServerV2, limits: new ReportLimits { MaxNameLength = 3 });

        Assert.Contains("assignee name of issue 'SHOP-101' truncated to 3 characters", result.Warnings.Messages);
        Assert.All(result.Warnings.Messages, message => Assert.DoesNotContain("Anna", message, StringComparison.Ordinal));
        Assert.All(result.Warnings.Messages, message => Assert.DoesNotContain("Thomas", message, StringComparison.Ordinal));
    }
}
