using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dot.Storage.Aws.OpenSearch;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// Stands where OpenSearch would: records every request (method, path with query, JSON body; a bulk body as its
/// lines) and answers it with the next recorded response queued for its endpoint, else with what an empty index
/// answers (<see cref="EmptyIndexAnswers"/>).
/// </summary>
public sealed class RecordingOpenSearch : HttpMessageHandler
{
    public const string Url = "http://opensearch.test/";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(HttpStatusCode Status, string Body)>> _answers = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Answers the next request to <paramref name="endpoint"/> (<c>_search</c>, <c>_bulk</c>, …) with <paramref name="body"/>.</summary>
    public RecordingOpenSearch Answer(string endpoint, string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers.GetOrAdd(endpoint, _ => new()).Enqueue((status, body));
        return this;
    }

    public OpenSearchAnalyticsStore Store(OpenSearchClientOptions? options = null, params string[] dedicatedTenants) =>
        new(new HttpClient(this, disposeHandler: false) { BaseAddress = new Uri(Url) },
            options ?? new OpenSearchClientOptions { RetryDelay = TimeSpan.FromMilliseconds(1) },
            new TenantIndexes("dot", dedicatedTenants));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new RecordedCall(request.Method.Method, request.RequestUri!.PathAndQuery, Parse(text));
        Calls.Enqueue(call);
        var (status, body) = _answers.TryGetValue(call.Endpoint, out var queue) && queue.TryDequeue(out var answer)
            ? answer
            : (HttpStatusCode.OK, EmptyIndexAnswers.For(call).ToJsonString());
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private static JsonNode? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 ? JsonNode.Parse(lines[0]) : new JsonArray(lines.Select(line => JsonNode.Parse(line)).ToArray());
    }
}

/// <summary>One request the adapter sent: its method, path and query, and its body (a bulk body as an array of its lines).</summary>
public sealed record RecordedCall(string Method, string Path, JsonNode? Body)
{
    /// <summary>The API the request calls: <c>_search</c>, <c>_bulk</c>, <c>_index_template</c>, or <c>index</c> for an index itself.</summary>
    public string Endpoint => Path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries) switch
    {
        [var api, ..] when api.StartsWith('_') => api,
        [_, var api, ..] => api,
        _ => "index",
    };

    /// <summary>The routing value of the query string, or null.</summary>
    public string? Routing => Path.Split('?') is [_, var query]
        ? query.Split('&').Select(parameter => parameter.Split('=')).Where(pair => pair[0] == "routing").Select(pair => Uri.UnescapeDataString(pair[1])).FirstOrDefault()
        : null;
}
