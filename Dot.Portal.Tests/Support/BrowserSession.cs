using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.Support;

/// <summary>
/// One person's browser: a context with its own cookies and one page. It records Content-Security-Policy
/// violations, signs in at the development provider like a person does, and checks pages (axe, screenshot).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dot.Portal.Tests", "axe", "node_modules", "axe-core", "axe.min.js")));

    private readonly ConcurrentQueue<string> _cspViolations = new();

    private BrowserSession(IBrowserContext context, IPage page, Uri portal)
    {
        Context = context;
        Page = page;
        Portal = portal;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri Portal { get; }

    public IReadOnlyCollection<string> CspViolations => _cspViolations;

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri portal)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, portal);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                session._cspViolations.Enqueue(message.Text);
            }
        };
        return session;
    }

    /// <summary>Goes to a portal path (relative to the portal's root) and returns the answer.</summary>
    public async Task<IResponse?> GoToAsync(string path) => await Page.GotoAsync(new Uri(Portal, path).ToString());

    /// <summary>Opens the portal, signs in at the provider's form as <paramref name="user"/> (password = user name), lands on Datasets.</summary>
    public async Task SignInAsync(string user)
    {
        await GoToAsync("/");
        await Page.GetByLabel("User name").FillAsync(user);
        await Page.GetByLabel("Password").FillAsync(user);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Heading("Datasets")).ToBeVisibleAsync();
    }

    public ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>
    /// Saves a full-page screenshot as TestResults/portal/<paramref name="name"/>.png and runs axe-core on the page:
    /// no serious or critical violation, and no Content-Security-Policy violation so far.
    /// </summary>
    public async Task CheckPageAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });

        // Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not govern.
        await Page.EvaluateAsync(AxeSource.Value);
        var violations = await Page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(violations.GetArrayLength() == 0, $"axe on {name}:{Environment.NewLine}{violations}");
        Assert.True(_cspViolations.IsEmpty, $"CSP violations on {name}: {string.Join(Environment.NewLine, _cspViolations)}");
    }

    /// <summary>The antiforgery token the portal put into the page's forms (the sign-out form has one on every page).</summary>
    public async Task<string> AntiforgeryTokenAsync() =>
        await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
