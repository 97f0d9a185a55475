using System.Net;
using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class DashboardTests(PortalHosts stack)
{
    [Fact]
    public async Task A_dataset_with_work_items_shows_defects_by_severity_and_their_aging_as_charts_and_tables()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "tracker");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Heading, new() { Name = "Defects" })).ToHaveCountAsync(0);
        var token = await PortalFlows.CreateTokenAsync(alice, dataset, "upload-tokens", "jira-export");

        var (status, body) = await Reports.UploadAsync(stack.ApiUrl, token, Reports.JiraExport(DateTimeOffset.UtcNow));
        Assert.True(status == HttpStatusCode.OK, body);

        await alice.GoToAsync($"/datasets/{dataset}");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Heading, new() { Name = "Defects" })).ToBeVisibleAsync();
        var severities = alice.Page.GetByRole(AriaRole.Table, new() { Name = "Defects by severity" });
        await Assertions.Expect(severities.GetByRole(AriaRole.Row, new() { Name = "S1 - Blocker 1 1 0" })).ToBeVisibleAsync();
        await Assertions.Expect(severities.GetByRole(AriaRole.Row, new() { Name = "S3 - Minor 1 0 1" })).ToBeVisibleAsync();
        var aging = alice.Page.GetByRole(AriaRole.Table, new() { Name = "Defect aging" });
        await Assertions.Expect(aging.GetByRole(AriaRole.Row, new() { Name = "1–7 days 1" })).ToBeVisibleAsync();
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Img, new() { Name = "Bar chart of defects by severity" })).ToBeVisibleAsync();
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Img, new() { Name = "Bar chart of open defects by age" })).ToBeVisibleAsync();
        await alice.CheckPageAsync("dashboard-defects");
    }
}
