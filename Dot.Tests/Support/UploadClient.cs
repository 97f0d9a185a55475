using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dot.Tests.Support;

/// <summary>Sends reports the way CI does with curl: the file as the body, a bearer upload token, options in the query.</summary>
public sealed class UploadClient(HttpClient http, string? token)
{
    public Task<UploadAnswer> PostAsync(byte[] report, string query = "?wait=30", Action<HttpRequestMessage>? configure = null) =>
        PostAsync(new ByteArrayContent(report), query, configure);

    public async Task<UploadAnswer> PostAsync(HttpContent content, string query = "?wait=30", Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/uploads" + query) { Content = content };
        configure?.Invoke(request);
        return await SendAsync(request);
    }

    public async Task<UploadAnswer> GetAsync(string uploadId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/uploads/" + uploadId);
        return await SendAsync(request);
    }

    /// <summary>Asks for the upload every 100 ms until it is finished (any answer but 202) or the time is up; the last answer.</summary>
    public async Task<UploadAnswer> GetFinishedAsync(string uploadId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answer = await GetAsync(uploadId);
            if (answer.Status != HttpStatusCode.Accepted || DateTime.UtcNow > deadline)
            {
                return answer;
            }
            await Task.Delay(100);
        }
    }

    private async Task<UploadAnswer> SendAsync(HttpRequestMessage request)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        return new UploadAnswer(response.StatusCode, response.Headers.WwwAuthenticate.ToString(), await response.Content.ReadAsStringAsync())
        {
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }
}

public sealed record UploadAnswer(HttpStatusCode Status, string WwwAuthenticate, string Body)
{
    /// <summary>The <c>Retry-After</c> of a 429 answer.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Id => Json.GetProperty("id").GetString()!;

    public string? Error => Json.TryGetProperty("error", out var error) ? error.GetString() : null;

    public int Count(string outcome) => Json.GetProperty("counts").GetProperty(outcome).GetInt32();
}
