using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dot.Bench.Load;

/// <summary>
/// One GraphQL document POSTed again and again by <see cref="ClosedLoopLoad"/>, expected to be answered with
/// <paramref name="status"/> and, when given, the error code <paramref name="code"/>: a refusal is the expected answer
/// here, and any other answer (or none within 30 s) counts as an error. Variables, when given, go with the document.
/// </summary>
internal sealed class GraphQLAnswerProbe(HttpClient http, string accessToken, string query, HttpStatusCode status, string? code, object? variables = null)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly byte[] _body = Encoding.UTF8.GetBytes(variables is null ? JsonSerializer.Serialize(new { query }) : JsonSerializer.Serialize(new { query, variables }));

    public int QueryBytes => Encoding.UTF8.GetByteCount(query);

    public async Task<bool> SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (answered, answeredCode) = await AnswerAsync(cancellationToken);
            return answered == status && answeredCode == code;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Sends once and returns the status and the first error's code (null when there is no error).</summary>
    public async Task<(HttpStatusCode Status, string? Code)> AnswerAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(timeout.Token));
        var errorCode = answer.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var found)
                ? found.GetString()
                : null;
        return (response.StatusCode, errorCode);
    }
}
