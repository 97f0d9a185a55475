using System.Net.Http.Headers;
using Dot.Api.Connectors.Http;
using Dot.Domain.Connectors;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.GooglePlay;

/// <summary>
/// Pulls an app's reviews from the Google Play Developer API (<c>reviews.list</c>), newest first, following
/// <c>tokenPagination.nextPageToken</c> until the reviews are older than the cursor (<see cref="NewestFirstReviews"/>).
/// One access token per run, from the service account. Google answers only the reviews of the last week.
/// </summary>
public sealed class GooglePlayFetcher(ConnectorHttp http, TimeProvider clock, IOptions<ConnectorOptions> options) : IConnectorFetcher
{
    /// <summary>The most reviews Google returns per page.</summary>
    public const int MaxPageSize = 100;

    private const string System = "Google Play";

    public ConnectorKind Kind => ConnectorKind.GooglePlay;

    private int PageSize => Math.Min(options.Value.PageSize, MaxPageSize);

    public async Task FetchAsync(ConnectorRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connector = run.Connector;
        var accessToken = await AccessTokenAsync(run.Secret, cancellationToken);
        await NewestFirstReviews.FetchAsync(run, async (next, cancel) =>
        {
            var body = (await http.SendAsync(Request(connector, accessToken, PageSize, next), System, cancel)).Body;
            return GooglePlayPage.Read(body, connector.TenantId, connector.DatasetId, connector.Settings.PackageName!, PageSize);
        }, cancellationToken);
    }

    public async Task TestAsync(Connector connector, string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var accessToken = await AccessTokenAsync(secret, cancellationToken);
        await http.SendAsync(Request(connector, accessToken, 1, null), System, cancellationToken);
    }

    private Task<string> AccessTokenAsync(string serviceAccountJson, CancellationToken cancellationToken) =>
        GoogleAccessToken.RequestAsync(http, new Uri(options.Value.GooglePlay.TokenUrl), serviceAccountJson, clock.GetUtcNow(), cancellationToken);

    private HttpRequestMessage Request(Connector connector, string accessToken, int maxResults, string? pageToken)
    {
        var baseUrl = new Uri(options.Value.GooglePlay.BaseUrl.TrimEnd('/') + "/");
        var query = $"maxResults={maxResults}" + (pageToken is null ? "" : "&token=" + Uri.EscapeDataString(pageToken));
        var url = new Uri(baseUrl, $"androidpublisher/v3/applications/{Uri.EscapeDataString(connector.Settings.PackageName!)}/reviews?{query}");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
