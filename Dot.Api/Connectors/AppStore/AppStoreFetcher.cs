using System.Globalization;
using System.Net.Http.Headers;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.AppStore;

/// <summary>
/// Pulls an app's customer reviews from App Store Connect, newest first, following <c>links.next</c> (only on the
/// same host) until the reviews are older than the cursor, the newest review stored by an earlier run. The cursor
/// moves once the run has stored every page, so a run that stops half-way is fetched again from the top next time;
/// reviews are upserts by id, so that costs nothing.
/// </summary>
public sealed class AppStoreFetcher(ConnectorHttp http, TimeProvider clock, IOptions<ConnectorOptions> options) : IConnectorFetcher
{
    private const string System = "App Store Connect";

    public ConnectorKind Kind => ConnectorKind.AppStore;

    public async Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connector = run.Connector;
        var since = run.Cursor is { } cursor ? DateTimeOffset.Parse(cursor, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var newest = since;
        var url = FirstPage(connector);
        for (var number = 0; url is not null; number++)
        {
            var body = (await http.SendAsync(Request(connector, run.Secret, url), System, cancellationToken)).Body;
            var page = AppStorePage.Read(body, connector.TenantId, connector.DatasetId, connector.Settings.AppId!);
            var fresh = page.Reviews.Where(r => since is null || r.ReviewedAt >= since).ToList();
            await run.StoreReviewsAsync(number, body, fresh, cancellationToken);
            newest = fresh.Select(r => (DateTimeOffset?)r.ReviewedAt).Append(newest).Max();
            url = fresh.Count < page.Reviews.Count || page.Next is not { } next || !SameOrigin(next, url) ? null : next;
        }
        await run.MoveCursorAsync(newest?.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
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
