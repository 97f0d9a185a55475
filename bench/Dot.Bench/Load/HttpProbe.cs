using System.Net;

namespace Dot.Bench.Load;

/// <summary>
/// One kind of request, made ready once and sent again and again by <see cref="ClosedLoopLoad"/>: the answer must be
/// 200 and its body must not hold the refusal text, if one is given (GraphQL's <c>"errors"</c>).
/// </summary>
internal sealed class HttpProbe(HttpClient http, Func<HttpRequestMessage> request, string? refusal = null)
{
    public async Task<bool> SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var message = request();
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }
            if (refusal is null)
            {
                return true;
            }
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return !body.Contains(refusal, StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Sends once and throws with the answer when it is not the expected one: a wrong probe fails loudly, not as a fast error.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        using var message = request();
        using var response = await http.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || (refusal is not null && body.Contains(refusal, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }
}
