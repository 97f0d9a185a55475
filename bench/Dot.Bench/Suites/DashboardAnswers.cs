using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dot.Bench.Suites;

/// <summary>A dashboard refreshing one panel in a closed loop, keeping every answer's status and timing.</summary>
internal static class DashboardAnswers
{
    private const string Query = "query($id: ID!) { testSummary(datasetId: $id) { total passRate } }";

    public static async Task QueryUntilAsync(HttpClient http, string accessToken, string datasetId, ConcurrentBag<TimedAnswer> answers, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative))
            {
                Content = JsonContent.Create(new { query = Query, variables = new { id = datasetId } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            var begun = Stopwatch.GetTimestamp();
            TimedAnswer answer;
            try
            {
                using var response = await http.SendAsync(request, CancellationToken.None);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                answer = new TimedAnswer(begun, Stopwatch.GetTimestamp(), (int)response.StatusCode, response.Headers.RetryAfter?.Delta, FirstErrorCode(body));
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException)
            {
                answer = new TimedAnswer(begun, Stopwatch.GetTimestamp(), 0, null);
            }
            answers.Add(answer);
            await Task.Delay(100, CancellationToken.None);
        }
    }

    private static string? FirstErrorCode(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : "ERROR"
            : null;
}
