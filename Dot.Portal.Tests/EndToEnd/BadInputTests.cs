using System.Globalization;
using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

[Collection(EndToEndGroup.Name)]
public sealed class BadInputTests(PortalHosts stack)
{
    [Fact]
    public async Task Bad_names_and_expiries_show_the_form_again_with_the_APIs_message_beside_the_field()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");

        await alice.Button("Create dataset").ClickAsync();
        await Assertions.Expect(alice.Page.Locator("#name-error")).ToContainTextAsync("1 to 100 characters");
        await alice.CheckPageAsync("datasets-bad-name");

        var dataset = await PortalFlows.CreateDatasetAsync(alice, "bad-input");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cases = new (string Name, DateOnly Expires, string Field, string Message)[]
        {
            (string.Empty, today.AddDays(30), "#name-error", "1 to 100 characters"),
            (new string('n', 200), today.AddDays(30), "#name-error", "1 to 100 characters"),
            ("in-the-past", today.AddDays(-1), "#expires-error", "future"),
            ("too-far", today.AddDays(400), "#expires-error", "365"),
        };
        foreach (var (name, expires, field, message) in cases)
        {
            await alice.GoToAsync($"/datasets/{dataset}/upload-tokens");
            // As a browser that does not check the date field's min and max would send it: the API decides.
            await alice.Page.Locator("form.card").EvaluateAsync("form => form.noValidate = true");
            await alice.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await alice.Page.GetByLabel("Expires").FillAsync(expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await alice.Button("Create upload token").ClickAsync();
            await Assertions.Expect(alice.Page.Locator(field)).ToContainTextAsync(message);
            await Assertions.Expect(alice.Page.GetByTestId("new-token")).ToHaveCountAsync(0);
            await Assertions.Expect(alice.Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        }
        await alice.CheckPageAsync("upload-tokens-bad-expiry");
        await Assertions.Expect(alice.Page.GetByText("No upload token yet")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_expired_session_on_a_post_signs_in_again_and_returns_to_the_form_as_typed_without_doing_it()
    {
        await using var alice = await stack.NewSessionAsync();
        await alice.SignInAsync("alice");
        var dataset = await PortalFlows.CreateDatasetAsync(alice, "late-session");
        await alice.GoToAsync($"/datasets/{dataset}/upload-tokens");
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await alice.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("after-lunch");
        await alice.Page.GetByLabel("Expires").FillAsync(expires);

        await alice.Context.ClearCookiesAsync(new() { Name = ".Dot.Portal" });
        await alice.Button("Create upload token").ClickAsync();

        await Assertions.Expect(alice.Heading("Upload tokens")).ToBeVisibleAsync();
        Assert.StartsWith(new Uri(stack.PortalUrl, $"/datasets/{dataset}/upload-tokens?").ToString(), alice.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(alice.Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("after-lunch");
        await Assertions.Expect(alice.Page.GetByLabel("Expires")).ToHaveValueAsync(expires);
        await Assertions.Expect(alice.Page.GetByTestId("new-token")).ToHaveCountAsync(0);
        await Assertions.Expect(alice.Page.GetByText("No upload token yet")).ToBeVisibleAsync();

        await alice.Button("Create upload token").ClickAsync();
        await Assertions.Expect(alice.Page.GetByTestId("new-token")).ToBeVisibleAsync();
        await Assertions.Expect(alice.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "after-lunch" })).ToHaveCountAsync(1);
    }
}
