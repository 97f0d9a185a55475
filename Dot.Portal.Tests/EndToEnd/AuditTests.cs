using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class AuditTests(PortalHosts stack)
{
    [Fact]
    public async Task Alice_reads_who_created_and_revoked_a_token_and_filters_the_trail_bob_may_not_read_it()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "audited");
        await PortalFlows.CreateTokenAsync(alice, dataset, "upload-tokens", "release");
        var tokenId = await PortalFlows.TokenIdAsync(alice, dataset, "upload-tokens", "release");
        await alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "release" }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await alice.Button("Revoke").ClickAsync();

        await alice.GoToAsync("/");
        await alice.Page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true }).ClickAsync();
        await Assertions.Expect(alice.Heading("Audit")).ToBeVisibleAsync();
        var trail = alice.Page.GetByRole(AriaRole.Table, new() { Name = "Audit events, newest first" });
        var rows = trail.GetByRole(AriaRole.Row).Filter(new() { HasText = tokenId });
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("revokeUploadToken");
        await Assertions.Expect(rows.First).ToContainTextAsync("alice (user)");
        await Assertions.Expect(rows.First).ToContainTextAsync("succeeded");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("createUploadToken");
        await alice.CheckPageAsync("audit");

        await alice.Page.GetByLabel("Action").FillAsync("revokeUploadToken");
        await alice.Button("Filter").ClickAsync();
        await Assertions.Expect(trail.GetByRole(AriaRole.Row).Filter(new() { HasText = "createUploadToken" })).ToHaveCountAsync(0);
        await Assertions.Expect(trail.GetByRole(AriaRole.Row).Filter(new() { HasText = tokenId })).ToHaveCountAsync(1);

        await using var bob = await stack.NewSessionAsync();
        await bob.SignInAsync("bob");
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true })).ToHaveCountAsync(0);
        var denied = await bob.GoToAsync("/audit");
        Assert.Equal(403, denied!.Status);
        await Assertions.Expect(bob.Page.GetByText("Only owners of your tenant can read its audit trail.")).ToBeVisibleAsync();
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await bob.CheckPageAsync("audit-member");
    }
}
