using Microsoft.Playwright;

namespace Dot.Portal.Tests.Support;

/// <summary>
/// Dot.Api (with its development identity provider, issuing for the API's real URL, and fresh embedded stores) and
/// Dot.Portal as processes on free loopback ports, and Debian's headless Chromium driven by Playwright. The API is
/// reached as 127.0.0.1 and the portal as localhost, so their cookies never mix.
/// </summary>
public sealed class PortalHosts : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("dot-portal-tests-").FullName;
    private IPlaywright? _playwright;

    public HostProcess Api { get; private set; } = null!;

    public HostProcess Portal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri ApiUrl => Api.Url;

    public Uri PortalUrl => Portal.Url;

    /// <summary>The API's base URL as the portal shows it in curl lines (no trailing slash).</summary>
    public string ApiBase => ApiUrl.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        var apiUrl = new Uri($"http://127.0.0.1:{HostProcess.FreePort()}/");
        await StartApiAsync(apiUrl);
        var portalUrl = new Uri($"http://localhost:{HostProcess.FreePort()}/");
        Portal = await HostProcess.StartAsync("Dot.Portal", portalUrl, new Dictionary<string, string>
        {
            ["Portal:ApiUrl"] = apiUrl.ToString(),
            ["Portal:Oidc:Authority"] = apiUrl.ToString(),
        });

        // The whole test run shares two cores with the other test project: give pages time.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox"],
            Headless = true,
        });
    }

    /// <summary>Starts Dot.Api at <paramref name="url"/> on this stack's data (again, after <see cref="HostProcess.StopAsync"/>).</summary>
    public async Task StartApiAsync(Uri url)
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        Api = await HostProcess.StartAsync("Dot.Api", url, new Dictionary<string, string>
        {
            ["Oidc:Authority"] = url.ToString(),
            ["Storage:Embedded:Path"] = _dataPath,
            ["WorkItems:Mapping:SeverityField"] = Reports.JiraSeverityField,
        });
    }

    /// <summary>A browser session of its own (its own cookies) with one page, that fails on any CSP violation.</summary>
    public async Task<BrowserSession> NewSessionAsync() => await BrowserSession.OpenAsync(Browser, PortalUrl);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Screenshots, "portal.log"), Portal.Output);
        }
        if (Api is not null)
        {
            await Api.DisposeAsync();
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Screenshots, "api.log"), Api.Output);
        }
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open stays behind in the temp folder; no result depends on it.
        }
    }
}
