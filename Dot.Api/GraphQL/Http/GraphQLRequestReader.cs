using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Dot.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from GET parameters or a POSTed JSON body, refusing batches and oversized input.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, int maxBytes)
{
    public async Task<(GraphQLRequest? Request, GraphQLRequestError? Error)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        return HttpMethods.IsGet(http.Method) ? ReadQueryString(http.Query) : await ReadBodyAsync(http, cancellationToken);
    }

    private (GraphQLRequest?, GraphQLRequestError?) ReadQueryString(IQueryCollection query)
    {
        if (QueryLength(query) > maxBytes)
        {
            return (null, TooLarge());
        }
        var request = new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = NullIfEmpty(query["operationName"].ToString()),
        };
        try
        {
            request.Variables = DeserializeOrNull<Inputs>(query["variables"].ToString());
            request.Extensions = DeserializeOrNull<Inputs>(query["extensions"].ToString());
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return (null, new GraphQLRequestError(StatusCodes.Status400BadRequest, "INVALID_VARIABLES", "The 'variables' or 'extensions' parameter is not a JSON object."));
        }
        return Validate(request);
    }

    private async Task<(GraphQLRequest?, GraphQLRequestError?)> ReadBodyAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(http))
        {
            return (null, new GraphQLRequestError(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST /graphql takes a body of Content-Type application/json."));
        }
        if (http.ContentLength > maxBytes)
        {
            return (null, TooLarge());
        }
        var body = await ReadLimitedAsync(http.Body, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge());
        }
        var start = body.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] == '[')
        {
            return (null, new GraphQLRequestError(StatusCodes.Status400BadRequest, "BATCHING_NOT_SUPPORTED", "Batched requests are not supported: send one request per POST."));
        }
        try
        {
            var request = serializer.Deserialize<GraphQLRequest>(body);
            return request is null ? (null, NoQuery()) : Validate(request);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (null, new GraphQLRequestError(StatusCodes.Status400BadRequest, "INVALID_JSON", "The request body is not a JSON object with a 'query' string: " + FirstLine(exception.Message)));
        }
    }

    private async Task<string?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static (GraphQLRequest?, GraphQLRequestError?) Validate(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) ? (null, NoQuery()) : (request, null);

    private T? DeserializeOrNull<T>(string json) where T : class =>
        string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<T>(json);

    private static long QueryLength(IQueryCollection query) =>
        query.Sum(pair => pair.Key.Length + pair.Value.Sum(v => (long)(v?.Length ?? 0)));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private GraphQLRequestError TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The GraphQL request is larger than {maxBytes} bytes.");

    private static GraphQLRequestError NoQuery() =>
        new(StatusCodes.Status400BadRequest, "QUERY_REQUIRED", "The request has no 'query': send the GraphQL document in 'query'.");
}
