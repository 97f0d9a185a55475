using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dot.Bench.Api;

/// <summary>
/// What the benchmarks do to Dot.Api over HTTP, as a CI job and a dashboard would: a client_credentials token from
/// the development IdP, GraphQL requests with it, a dataset and an upload token, and report uploads.
/// </summary>
internal sealed class DotApiClient : IDisposable
{
    public const string OwnerClientId = "acme-automation";
    public const string DevSecret = "dev-secret";

    private DotApiClient(HttpClient http, string accessToken)
    {
        Http = http;
        AccessToken = accessToken;
    }

    /// <summary>Keep-alive connections, as many as <paramref name="connections"/> at once.</summary>
    public static HttpClient CreateHttp(Uri baseUri, int connections = 32) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromMinutes(20),
        };

    public HttpClient Http { get; }

    public string AccessToken { get; }

    public static async Task<DotApiClient> ConnectAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        var http = CreateHttp(baseUri);
        try
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = OwnerClientId,
                ["client_secret"] = DevSecret,
            });
            using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || !body.TryGetProperty("access_token", out var token))
            {
                throw new InvalidOperationException($"No token from the development IdP: {(int)response.StatusCode} {body}");
            }
            return new DotApiClient(http, token.GetString()!);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Posts a GraphQL request with the access token; returns <c>data</c>, or throws with the errors.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL failed with {(int)response.StatusCode}: {body}");
        }
        return body.GetProperty("data");
    }

    public async Task<string> TenantIdAsync(CancellationToken cancellationToken) =>
        (await GraphQLAsync("{ me { tenant { id } } }", null, cancellationToken)).GetProperty("me").GetProperty("tenant").GetProperty("id").GetString()!;

    public async Task<string> CreateDatasetAsync(string name, CancellationToken cancellationToken) =>
        (await GraphQLAsync("mutation($name: String!) { createDataset(input: { name: $name }) { dataset { id } } }", new { name }, cancellationToken))
            .GetProperty("createDataset").GetProperty("dataset").GetProperty("id").GetString()!;

    public async Task<string> CreateUploadTokenAsync(string datasetId, CancellationToken cancellationToken) =>
        (await GraphQLAsync("mutation($input: CreateUploadTokenInput!) { createUploadToken(input: $input) { token } }", new { input = new { datasetId, name = "bench" } }, cancellationToken))
            .GetProperty("createUploadToken").GetProperty("token").GetString()!;

    public async Task<long> TestSummaryTotalAsync(string datasetId, CancellationToken cancellationToken) =>
        (await GraphQLAsync("query($id: ID!) { testSummary(datasetId: $id) { total } }", new { id = datasetId }, cancellationToken))
            .GetProperty("testSummary").GetProperty("total").GetInt64();

    /// <summary>
    /// Posts a report as CI does (<c>?wait=</c>, a run key) and follows the upload until it is finished. Returns the
    /// tests counted, or throws when the upload was refused or failed.
    /// </summary>
    public async Task<long> UploadAsync(string uploadToken, HttpContent report, string? runKey, CancellationToken cancellationToken)
    {
        var query = "api/v1/uploads?wait=300" + (runKey is null ? string.Empty : "&run=" + Uri.EscapeDataString(runKey));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(query, UriKind.Relative)) { Content = report };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", uploadToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        var upload = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        while (IsPending(upload))
        {
            await Task.Delay(250, cancellationToken);
            upload = await UploadStatusAsync(Http, uploadToken, upload.GetProperty("id").GetString()!, cancellationToken);
        }
        if (upload.TryGetProperty("status", out var state) && state.GetString() == "SUCCEEDED")
        {
            return upload.GetProperty("counts").GetProperty("tests").GetInt64();
        }
        throw new InvalidOperationException($"Upload refused or failed ({(int)response.StatusCode}): {upload}");
    }

    /// <summary><c>GET /api/v1/uploads/{id}</c> with the upload token: the upload as the API answers it.</summary>
    public static async Task<JsonElement> UploadStatusAsync(HttpClient http, string uploadToken, string uploadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/uploads/" + uploadId, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", uploadToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    /// <summary>Posts a report the API must refuse as unprocessable (422); returns the reason it gives.</summary>
    public async Task<string> UploadRefusedAsync(string uploadToken, HttpContent report, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/v1/uploads?wait=300", UriKind.Relative)) { Content = report };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", uploadToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.UnprocessableEntity
            ? body
            : throw new InvalidOperationException($"The upload was not refused as unprocessable ({(int)response.StatusCode}): {body}");
    }

    private static bool IsPending(JsonElement upload) =>
        upload.TryGetProperty("status", out var status) && status.GetString() is "QUEUED" or "PROCESSING";

    public void Dispose() => Http.Dispose();
}
