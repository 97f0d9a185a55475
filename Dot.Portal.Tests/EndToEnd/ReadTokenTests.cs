using System.Net;
using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class ReadTokenTests(PortalHosts stack)
{
    [Fact]
    public async Task Alice_creates_dataset_and_tenant_read_tokens_a_dashboard_reads_with_them_until_revoked()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "mobile-app");

        var datasetToken = await PortalFlows.CreateTokenAsync(alice, dataset, "read-tokens", "grafana");
        Assert.StartsWith("dot_read_", datasetToken, StringComparison.Ordinal);
        await Assertions.Expect(alice.Page.GetByTestId("command-line")).ToContainTextAsync(stack.ApiBase + "/graphql");
        await alice.CheckPageAsync("read-token-created");
        var tenantToken = await PortalFlows.CreateTokenAsync(alice, dataset, "read-tokens", "status-page", async page =>
        {
            await page.GetByLabel("Every dataset of the tenant").CheckAsync();
            await page.GetByLabel("Public data only").CheckAsync();
        });

        var (status, body) = await Reports.ReadDatasetsAsync(stack.ApiUrl, datasetToken);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Contains(dataset, body, StringComparison.Ordinal);
        var list = alice.Page.GetByRole(AriaRole.Table, new() { Name = "Read tokens of mobile-app" });
        await Assertions.Expect(list.GetByRole(AriaRole.Row).Filter(new() { HasText = "grafana" })).ToContainTextAsync("this dataset, Restricted");
        await Assertions.Expect(list.GetByRole(AriaRole.Row).Filter(new() { HasText = "status-page" })).ToContainTextAsync("whole tenant, Public");
        await alice.CheckPageAsync("read-tokens");

        await list.GetByRole(AriaRole.Row).Filter(new() { HasText = "grafana" }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(alice.Heading("Revoke read token")).ToBeVisibleAsync();
        await alice.Button("Revoke").ClickAsync();
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "grafana" })).ToContainTextAsync("REVOKED");

        Assert.Equal(HttpStatusCode.Unauthorized, (await Reports.ReadDatasetsAsync(stack.ApiUrl, datasetToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Reports.ReadDatasetsAsync(stack.ApiUrl, tenantToken)).Status);
    }
}
