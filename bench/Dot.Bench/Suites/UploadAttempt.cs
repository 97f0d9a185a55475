using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dot.Bench.Generation;

namespace Dot.Bench.Suites;

/// <summary>
/// One POST of a generated report as a CI job sends it (<c>?wait=0</c>, its run key, an <c>Idempotency-Key</c> of its
/// own so a retry after a lost answer cannot store it twice): the status, the upload id when accepted, the latency,
/// and the <c>Retry-After</c> a refusal asked for.
/// </summary>
internal sealed record UploadAttempt(int Status, string? UploadId, double Milliseconds, string? Error, TimeSpan? RetryAfter = null)
{
    public bool Accepted => Status is 200 or 202;

    public static async Task<UploadAttempt> SendAsync(HttpClient http, string uploadToken, GeneratedReport report, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        using var content = new ByteArrayContent(report.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/v1/uploads?wait=0&run={Uri.EscapeDataString(report.Plan.RunKey)}", UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", uploadToken);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted
                ? new UploadAttempt((int)response.StatusCode, body.GetProperty("id").GetString(), milliseconds, null)
                : new UploadAttempt((int)response.StatusCode, null, milliseconds, body.TryGetProperty("error", out var error) ? error.GetString() : body.ToString(),
                    response.Headers.RetryAfter?.Delta);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new UploadAttempt(0, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
