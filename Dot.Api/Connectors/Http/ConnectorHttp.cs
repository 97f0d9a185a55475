using System.Net;
using System.Security.Authentication;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Dot.Api.Connectors.Http;

/// <summary>
/// Sends a connector's requests through the guarded, resilient client and turns every way they can fail into a
/// <see cref="ConnectorException"/> of one sentence: credentials rejected, no permission, rate limited too long,
/// unreachable host, TLS failure, timeout, an error answer (its message shortened), a body over the size limit.
/// </summary>
public sealed class ConnectorHttp(IHttpClientFactory clients, IOptions<ConnectorOptions> options)
{
    public const string ClientName = "connectors";

    private const int MaxMessageLength = 300;

    public async Task<ConnectorResponse> SendAsync(HttpRequestMessage request, string system, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.RequestUri?.Host ?? "?";
        var client = clients.CreateClient(ClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.InnerException is PrivateAddressException refused)
        {
            throw new ConnectorException(refused.Message, needsAttention: true, exception);
        }
        catch (HttpRequestException exception) when (exception.InnerException is AuthenticationException)
        {
            throw new ConnectorException($"The TLS handshake with {host} failed: its certificate is not trusted or does not match the name.", true, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new ConnectorException($"The host {host} is unreachable ({exception.HttpRequestError}).", innerException: exception);
        }
        catch (Exception exception) when (IsTimeout(exception) && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException($"{system} did not answer within {options.Value.RequestTimeoutSeconds} seconds.", innerException: exception);
        }
        using (response)
        {
            var body = await ReadLimitedAsync(response, system, cancellationToken);
            return response.IsSuccessStatusCode ? new ConnectorResponse(response.StatusCode, body) : throw Refusal(response, body, system);
        }
    }

    /// <summary>
    /// Polly's timeout, or the client's. By name: Dot.Api sees both Polly 7 and Polly 8 (Polly.Core), which each
    /// define <c>Polly.Timeout.TimeoutRejectedException</c>, so the type cannot be named here.
    /// </summary>
    private static bool IsTimeout(Exception exception) =>
        exception is OperationCanceledException || exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException";

    private async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, string system, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxResponseBytes;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ConnectorException($"{system} answered more than {limit} bytes for one page; the run stopped.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private ConnectorException Refusal(HttpResponseMessage response, byte[] body, string system)
    {
        var code = (int)response.StatusCode;
        var (message, needsAttention) = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => ($"{system} rejected the credentials (401): set the connector's secret again.", true),
            HttpStatusCode.Forbidden => ($"{system} refused access (403): the account lacks permission for this.", true),
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable =>
                ($"{system} is rate limiting ({code}) for longer than a run waits ({options.Value.MaxRetryAfterSeconds} s); the next run resumes from the cursor.", false),
            _ => ($"{system} answered {code}{(MessageOf(body) is { } detail ? ": " + detail : ".")}", false),
        };
        return new ConnectorException(message, needsAttention) { StatusCode = code };
    }

    /// <summary>The error message a JSON error body carries (Jira's errorMessages and errors, Apple's errors[].detail, Google's error.message and OAuth's error_description), shortened.</summary>
    private static string? MessageOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var messages = new List<string>();
            Collect(document.RootElement, messages, depth: 0);
            var text = string.Join(" ", messages.Distinct()).Trim();
            return text.Length == 0 ? null : text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, List<string> messages, int depth)
    {
        if (depth > 4)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    messages.Add(item.GetString()!);
                }
                Collect(item, messages, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Name is "message" or "detail" or "errorMessage" or "error_description")
                {
                    messages.Add(property.Value.GetString()!);
                }
                else if (property.Name is "errorMessages" or "errors" or "error")
                {
                    if (property.Name == "errors" && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        messages.AddRange(property.Value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()!));
                    }
                    Collect(property.Value, messages, depth + 1);
                }
            }
        }
    }
}
