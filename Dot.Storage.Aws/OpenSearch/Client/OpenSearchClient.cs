using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>
/// The few OpenSearch REST calls DoT makes, typed, over an <see cref="HttpClient"/> whose handlers sign and carry
/// them. Every call that reads or changes documents names one index and one routing value; which ones is
/// <see cref="TenantIndex"/>'s business, the only caller of these methods.
/// </summary>
public sealed class OpenSearchClient(HttpClient http, OpenSearchClientOptions options)
{
    public OpenSearchClientOptions Options => options;

    public Task<SearchResponse> SearchAsync(string index, string routing, SearchRequest body, CancellationToken cancellationToken) =>
        SendAsync<SearchResponse>(HttpMethod.Post, $"{index}/_search?routing={Escape(routing)}", body, cancellationToken);

    public async Task<long> CountAsync(string index, string routing, Query query, CancellationToken cancellationToken) =>
        (await SendAsync<CountResponse>(HttpMethod.Post, $"{index}/_count?routing={Escape(routing)}", new QueryRequest(query), cancellationToken)).Count;

    /// <summary>Deletes what <paramref name="query"/> matches (at most <paramref name="maxDocs"/>), aborting on a version conflict.</summary>
    public Task<ByQueryResponse> DeleteByQueryAsync(string index, string routing, Query query, int? maxDocs, CancellationToken cancellationToken)
    {
        var limit = maxDocs is { } docs ? $"&max_docs={docs}" : string.Empty;
        return ByQueryAsync($"{index}/_delete_by_query?routing={Escape(routing)}{Refresh("true")}{limit}", new QueryRequest(query), cancellationToken);
    }

    public Task<ByQueryResponse> UpdateByQueryAsync(string index, string routing, Query query, Script script, CancellationToken cancellationToken) =>
        ByQueryAsync($"{index}/_update_by_query?routing={Escape(routing)}{Refresh("true")}", new QueryRequest(query) { Script = script }, cancellationToken);

    /// <summary>
    /// Indexes <paramref name="lines"/> in batches of at most <see cref="OpenSearchClientOptions.MaxBatchBytes"/>,
    /// the last waiting for a refresh; items refused with 429 are sent again with backoff, any other refused item
    /// fails the call naming the first reason.
    /// </summary>
    public async Task BulkAsync(IEnumerable<BulkLine> lines, CancellationToken cancellationToken)
    {
        var batch = new List<BulkLine>();
        var bytes = 0;
        foreach (var line in lines)
        {
            if (batch.Count > 0 && bytes + line.Length > options.MaxBatchBytes)
            {
                await SendBatchAsync(batch, last: false, cancellationToken);
                batch = [];
                bytes = 0;
            }
            batch.Add(line);
            bytes += line.Length;
        }
        if (batch.Count > 0)
        {
            await SendBatchAsync(batch, last: true, cancellationToken);
        }
    }

    public Task PutIndexTemplateAsync(string name, IndexTemplate template, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Put, $"_index_template/{name}", template, cancellationToken);

    /// <summary>Creates <paramref name="index"/> from its template unless it exists.</summary>
    public async Task EnsureIndexAsync(string index, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, index), cancellationToken);
        if (!response.IsSuccessStatusCode && await ErrorOf(response, cancellationToken) is var error
            && error.ErrorType != "resource_already_exists_exception")
        {
            throw error;
        }
    }

    /// <summary>Answers when <paramref name="index"/> exists and the cluster answers; reads no document.</summary>
    public async Task ProbeAsync(string index, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, index), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new OpenSearchException(response.StatusCode, null, $"OpenSearch answered {(int)response.StatusCode} for index {index}.");
        }
    }

    private async Task SendBatchAsync(List<BulkLine> batch, bool last, CancellationToken cancellationToken)
    {
        var pending = batch;
        for (var attempt = 0; ; attempt++)
        {
            var path = last && options.WaitForRefresh ? "_bulk?refresh=wait_for" : "_bulk";
            var response = await SendAsync<BulkResponse>(HttpMethod.Post, path, NdJson(pending), cancellationToken);
            if (!response.Errors)
            {
                return;
            }
            var outcomes = response.Items.Select(item => item.Values.Single()).ToList();
            if (outcomes.FirstOrDefault(outcome => outcome.Error is not null && outcome.Status != (int)HttpStatusCode.TooManyRequests) is { } refused)
            {
                throw new OpenSearchException((HttpStatusCode)refused.Status, refused.Error!.Type,
                    $"OpenSearch refused document {refused.Id}: {refused.Error.Type}: {refused.Error.Reason}");
            }
            pending = pending.Where((_, index) => outcomes[index].Status == (int)HttpStatusCode.TooManyRequests).ToList();
            if (attempt >= options.MaxRetries)
            {
                throw new OpenSearchException(HttpStatusCode.TooManyRequests, "es_rejected_execution_exception",
                    $"OpenSearch kept refusing {pending.Count} documents with 429 after {options.MaxRetries} retries.");
            }
            await Task.Delay(options.RetryDelay * Math.Pow(2, attempt), cancellationToken);
        }
    }

    private static ByteArrayContent NdJson(List<BulkLine> lines)
    {
        var body = new byte[lines.Sum(line => line.Length)];
        var at = 0;
        foreach (var line in lines)
        {
            foreach (var part in (byte[][])[line.Action, line.Source])
            {
                part.CopyTo(body, at);
                at += part.Length;
                body[at++] = (byte)'\n';
            }
        }
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-ndjson");
        return content;
    }

    private async Task<ByQueryResponse> ByQueryAsync(string path, QueryRequest body, CancellationToken cancellationToken)
    {
        var response = await SendAsync<ByQueryResponse>(HttpMethod.Post, path, body, cancellationToken);
        return response.Failures is { Count: > 0 } failures
            ? throw new OpenSearchException($"OpenSearch failed part of {path[..path.IndexOf('?', StringComparison.Ordinal)]}: {failures[0]}")
            : response;
    }

    private Task<T> SendAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, body as HttpContent ?? JsonContent.Create(body, body.GetType(), options: OpenSearchJson.Options), cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorOf(response, cancellationToken);
        }
        return await response.Content.ReadFromJsonAsync<T>(OpenSearchJson.Options, cancellationToken)
            ?? throw new OpenSearchException($"OpenSearch answered {path} with an empty body.");
    }

    private static async Task<OpenSearchException> ErrorOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorCause? cause = null;
        try
        {
            cause = (await response.Content.ReadFromJsonAsync<ErrorResponse>(OpenSearchJson.Options, cancellationToken))?.Error;
        }
        catch (JsonException)
        {
            // Not OpenSearch's error shape (a proxy's page, say): the status says enough.
        }
        return new OpenSearchException(response.StatusCode, cause?.Type,
            $"OpenSearch answered {(int)response.StatusCode}: {cause?.Type ?? response.ReasonPhrase}: {cause?.Reason}");
    }

    private string Refresh(string value) => options.WaitForRefresh ? $"&refresh={value}" : string.Empty;

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
