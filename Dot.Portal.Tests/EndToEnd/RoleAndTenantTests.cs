using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class RoleAndTenantTests(PortalHosts stack)
{
    [Fact]
    public async Task Bob_sees_the_data_without_controls_and_a_crafted_post_gets_the_APIs_403()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "shared-with-bob");
        await PortalFlows.CreateTokenAsync(alice, dataset, "upload-tokens", "nightly");
        var tokenId = await PortalFlows.TokenIdAsync(alice, dataset, "upload-tokens", "nightly");

        await using var bob = await stack.NewSessionAsync();
        await bob.SignInAsync("bob");
        await Assertions.Expect(bob.Page.GetByRole(AriaRole.Link, new() { Name = "shared-with-bob" })).ToBeVisibleAsync();
        await Assertions.Expect(bob.Button("Create dataset")).ToHaveCountAsync(0);
        await bob.GoToAsync($"/datasets/{dataset}");
        await Assertions.Expect(bob.Heading("Dashboard")).ToBeVisibleAsync();
        await bob.GoToAsync($"/datasets/{dataset}/upload-tokens");
        await Assertions.Expect(bob.Heading("Upload tokens")).ToBeVisibleAsync();
        await Assertions.Expect(bob.Button("Create upload token")).ToHaveCountAsync(0);
        await Assertions.Expect(bob.Button("Revoke")).ToHaveCountAsync(0);
        await bob.CheckPageAsync("upload-tokens-member");
        await bob.GoToAsync($"/datasets/{dataset}/read-tokens");
        await Assertions.Expect(bob.Button("Create read token")).ToHaveCountAsync(0);

        var antiforgery = await bob.AntiforgeryTokenAsync();
        var create = await bob.Page.APIRequest.PostAsync(
            new Uri(stack.PortalUrl, $"/datasets/{dataset}/upload-tokens").ToString(),
            new() { Form = Form(bob, antiforgery, ("Form.Name", "sneaky")) });
        Assert.Equal(403, create.Status);
        Assert.Contains("Only an owner of the tenant can do this", await create.TextAsync(), StringComparison.Ordinal);

        var revoke = await bob.Page.APIRequest.PostAsync(
            new Uri(stack.PortalUrl, $"/datasets/{dataset}/upload-tokens/{tokenId}/revoke").ToString(),
            new() { Form = Form(bob, antiforgery) });
        Assert.Equal(403, revoke.Status);
        Assert.Contains("Only an owner of the tenant can do this", await revoke.TextAsync(), StringComparison.Ordinal);

        var withoutAntiforgery = await bob.Page.APIRequest.PostAsync(
            new Uri(stack.PortalUrl, $"/datasets/{dataset}/upload-tokens").ToString(),
            new() { Form = bob.Page.APIRequest.CreateFormData().Set("Form.Name", "forged"), MaxRedirects = 0 });
        Assert.Equal(400, withoutAntiforgery.Status);

        await alice.GoToAsync($"/datasets/{dataset}/upload-tokens");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "nightly" })).ToContainTextAsync("ACTIVE");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "sneaky" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Carol_of_Globex_never_sees_anything_of_Acme_whatever_the_URL()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var acme = await PortalFlows.CreateDatasetAsync(alice, "acme-secret");
        await PortalFlows.CreateTokenAsync(alice, acme, "upload-tokens", "acme-ci");
        var acmeToken = await PortalFlows.TokenIdAsync(alice, acme, "upload-tokens", "acme-ci");

        await using var carol = await stack.NewSessionAsync();
        await carol.SignInAsync("carol");
        await Assertions.Expect(carol.Page.GetByText("acme-secret")).ToHaveCountAsync(0);
        var globex = await PortalFlows.CreateDatasetAsync(carol, "globex-web");

        foreach (var path in new[]
        {
            $"/datasets/{acme}",
            $"/datasets/{acme}/uploads",
            $"/datasets/{acme}/upload-tokens",
            $"/datasets/{acme}/read-tokens",
            $"/datasets/{acme}/upload-tokens/{acmeToken}/revoke",
            $"/datasets/{globex}/upload-tokens/{acmeToken}/revoke",
        })
        {
            var response = await carol.GoToAsync(path);
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(carol.Heading("Not found")).ToBeVisibleAsync();
            await Assertions.Expect(carol.Page.GetByText("acme")).ToHaveCountAsync(0);
        }
        await carol.CheckPageAsync("not-found");

        var forged = await carol.Page.APIRequest.PostAsync(
            new Uri(stack.PortalUrl, $"/datasets/{globex}/upload-tokens/{acmeToken}/revoke").ToString(),
            new() { Form = Form(carol, await carol.AntiforgeryTokenAsync()) });
        Assert.Equal(404, forged.Status);
        await alice.GoToAsync($"/datasets/{acme}/upload-tokens");
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "acme-ci" })).ToContainTextAsync("ACTIVE");
    }

    private static IFormData Form(BrowserSession session, string antiforgery, params (string Name, string Value)[] fields)
    {
        var form = session.Page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", antiforgery);
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return form;
    }
}
