using Microsoft.Playwright;

namespace Dot.Portal.Tests.Support;

/// <summary>What an owner does in the portal, step by step through the pages, for the tests that need it done.</summary>
public static class PortalFlows
{
    /// <summary>Creates a dataset on the Datasets page, opens it, and returns its id.</summary>
    public static async Task<string> CreateDatasetAsync(BrowserSession session, string name)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.GoToAsync("/");
        await session.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await session.Button("Create dataset").ClickAsync();
        await session.Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(session.Heading("Dashboard")).ToBeVisibleAsync();
        return session.Page.Url.Split('/', '?')[4];
    }

    /// <summary>Creates a token on the dataset's token page (<c>upload-tokens</c> or <c>read-tokens</c>) and returns its secret as shown.</summary>
    public static async Task<string> CreateTokenAsync(BrowserSession session, string datasetId, string kind, string name, Func<IPage, Task>? fill = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.GoToAsync($"/datasets/{datasetId}/{kind}");
        await session.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        if (fill is not null)
        {
            await fill(session.Page);
        }
        await session.Button(kind == "upload-tokens" ? "Create upload token" : "Create read token").ClickAsync();
        return (await session.Page.GetByTestId("new-token").InnerTextAsync()).Trim();
    }

    /// <summary>The id of a listed token, from its Revoke button's form.</summary>
    public static async Task<string> TokenIdAsync(BrowserSession session, string datasetId, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.GoToAsync($"/datasets/{datasetId}/{kind}");
        var action = await session.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })
            .Locator("form").GetAttributeAsync("action");
        return action!.Split('/')[^2];
    }
}
