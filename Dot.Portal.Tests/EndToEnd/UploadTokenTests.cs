using System.Globalization;
using System.Net;
using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class UploadTokenTests(PortalHosts stack)
{
    [Fact]
    public async Task Alice_creates_a_token_ci_uploads_with_it_the_pages_show_it_and_a_revoked_token_gets_401()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "web-app");

        // An empty dataset says what to do first.
        await Assertions.Expect(alice.Page.GetByText("No uploads yet")).ToBeVisibleAsync();
        await alice.CheckPageAsync("dashboard-empty");
        await alice.Page.GetByRole(AriaRole.Link, new() { Name = "Uploads", Exact = true }).ClickAsync();
        await Assertions.Expect(alice.Heading("Uploads")).ToBeVisibleAsync();
        await Assertions.Expect(alice.Page.Locator("pre")).ToContainTextAsync(stack.ApiBase + "/api/v1/uploads");
        await alice.CheckPageAsync("uploads-empty");

        // The form proposes one year; the token is shown once with the curl line for CI.
        await alice.GoToAsync($"/datasets/{dataset}/upload-tokens");
        await Assertions.Expect(alice.Heading("Upload tokens")).ToBeVisibleAsync();
        var proposed = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(alice.Page.GetByLabel("Expires")).ToHaveValueAsync(proposed);
        await alice.CheckPageAsync("upload-tokens-empty");
        var token = await PortalFlows.CreateTokenAsync(alice, dataset, "upload-tokens", "ci");
        Assert.StartsWith("dot_upl_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, alice.Page.Url, StringComparison.Ordinal);
        var curl = await alice.Page.GetByTestId("command-line").InnerTextAsync();
        Assert.Contains($"Bearer {token}", curl, StringComparison.Ordinal);
        Assert.Contains($"{stack.ApiBase}/api/v1/uploads", curl, StringComparison.Ordinal);
        await Assertions.Expect(alice.Button("Copy token")).ToBeVisibleAsync();
        await alice.CheckPageAsync("upload-token-created");

        // What CI does with it.
        var (status, body) = await Reports.UploadAsync(stack.ApiUrl, token, Reports.JUnit, run: "build-41");
        Assert.True(status == HttpStatusCode.OK, body);
        var (failedStatus, failedBody) = await Reports.UploadAsync(stack.ApiUrl, token, Reports.Malformed);
        Assert.True(failedStatus == HttpStatusCode.UnprocessableEntity, failedBody);

        await alice.GoToAsync($"/datasets/{dataset}/uploads");
        var succeeded = alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "SUCCEEDED" });
        await Assertions.Expect(succeeded).ToContainTextAsync("build-41");
        await Assertions.Expect(succeeded).ToContainTextAsync("junit");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "FAILED" }).First).ToBeVisibleAsync();
        var parseErrors = alice.Page.GetByRole(AriaRole.Table, new() { Name = "Parse errors" });
        await Assertions.Expect(parseErrors.GetByRole(AriaRole.Row, new() { Name = "report 3 57 Unexpected end of file" })).ToBeVisibleAsync();
        await alice.CheckPageAsync("uploads");

        await alice.GoToAsync($"/datasets/{dataset}");
        await Assertions.Expect(alice.Page.Locator("figure .chart svg").First).ToBeVisibleAsync();
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Table, new() { Name = "Results per day" })).ToContainTextAsync(day);
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Table, new() { Name = "The 10 latest test runs" })).ToContainTextAsync("build-41");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Table, new() { Name = "Failures grouped by message" })).ToContainTextAsync("expected 402 but was 500");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Table, new() { Name = "The slowest tests" })).ToContainTextAsync("refuses an expired card");
        await alice.CheckPageAsync("dashboard");
        await alice.Page.GetByLabel("Window").SelectOptionAsync("7");
        await alice.Button("Show").ClickAsync();
        Assert.EndsWith("?days=7", alice.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Table, new() { Name = "Results per day" })).ToContainTextAsync(day);

        // The list, then a revocation that asks first.
        await alice.GoToAsync($"/datasets/{dataset}/upload-tokens");
        var row = alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "ci" });
        await Assertions.Expect(row).ToContainTextAsync("ACTIVE");
        await Assertions.Expect(row).ToContainTextAsync(token[..12]);
        await Assertions.Expect(row.Locator("td").Nth(4)).Not.ToHaveTextAsync("—");
        await alice.CheckPageAsync("upload-tokens");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(alice.Heading("Revoke upload token")).ToBeVisibleAsync();
        await alice.CheckPageAsync("revoke-confirmation");
        await alice.Button("Revoke").ClickAsync();
        await Assertions.Expect(alice.Heading("Upload tokens")).ToBeVisibleAsync();
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "ci" })).ToContainTextAsync("REVOKED");

        var (revokedStatus, _) = await Reports.UploadAsync(stack.ApiUrl, token, Reports.JUnit);
        Assert.Equal(HttpStatusCode.Unauthorized, revokedStatus);
    }
}
