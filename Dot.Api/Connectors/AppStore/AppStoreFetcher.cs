using System.Net.Http.Headers;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.AppStore;

/// <summary>
/// Pulls an app's customer reviews from App Store Connect, newest first, following <c>links.next</c> (only on the
/// same host) until the reviews are older than the cursor (<see cref="NewestFirstReviews"/>).
/// </summary>
public sealed class AppStoreFetcher(ConnectorHttp http, TimeProvider clock, IOptions<ConnectorOptions> options) : IConnectorFetcher
{
    private const string System = "App Store Connect";

    public ConnectorKind Kind => ConnectorKind.AppStore;

    public Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connector = run.Connector;
        return NewestFirstReviews.FetchAsync(run, async (next, cancel) =>
        {
            var url = next is null ? FirstPage(connector) : new Uri(next);
            var body = (await http.SendAsync(Request(connector, run.Secret, url), System, cancel)).Body;
            var page = AppStorePage.Read(body, connector.TenantId, connector.DatasetId, connector.Settings.AppId!);
            return new ReviewPage(body, page.Reviews, page.Next is { } link && SameOrigin(link, url) ? link.AbsoluteUri : null);
        }, cancellationToken);
    }

    public async Task TestAsync(Connector connector, string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var url = new Uri(BaseUrl, $"v1/apps/{Uri.EscapeDataString(connector.Settings.AppId!)}");
        await http.SendAsync(Request(connector, secret, url), System, cancellationToken);
    }

    private Uri BaseUrl => new(options.Value.AppStore.BaseUrl.TrimEnd('/') + "/");

    private Uri FirstPage(Connector connector) =>
        new(BaseUrl, $"v1/apps/{Uri.EscapeDataString(connector.Settings.AppId!)}/customerReviews?sort=-createdDate&limit=200");

    private HttpRequestMessage Request(Connector connector, string secret, Uri url)
    {
        var token = AppStoreToken.Create(connector.Settings.IssuerId!, connector.Settings.KeyId!, secret, clock.GetUtcNow());
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static bool SameOrigin(Uri next, Uri current) =>
        next.Scheme == current.Scheme && next.Host == current.Host && next.Port == current.Port;
}
