using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;

namespace Dot.Portal.Api;

/// <summary>
/// Sends the portal's GraphQL documents to Dot.Api with the signed-in user's access token; the API decides what the
/// user may see and do. Unreachable API → <see cref="ApiUnavailableException"/>; a refused token →
/// <see cref="ApiSessionExpiredException"/>; a GraphQL error → <see cref="ApiResult{T}.Problem"/>.
/// </summary>
public sealed class DotApiClient(HttpClient http, IHttpContextAccessor accessor, GraphQLDocuments documents)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Runs the document <paramref name="document"/>.graphql with the variables given.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(string document, object? variables, CancellationToken cancellationToken)
        where T : class
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("The API is called only while a request is served.");
        var accessToken = await context.GetTokenAsync("access_token")
            ?? throw new ApiSessionExpiredException("The session holds no access token.");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query = documents[document], variables }, options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new ApiSessionExpiredException("The API refused the session's access token.");
        }
        if ((int)response.StatusCode >= 500)
        {
            throw new ApiUnavailableException($"The API answered {(int)response.StatusCode}.");
        }

        var answer = await response.Content.ReadFromJsonAsync<GraphQLAnswer<T>>(Json, cancellationToken)
            ?? throw new ApiUnavailableException("The API answered with an empty body.");
        var error = answer.Errors is [var first, ..] ? first : null;
        return error is null && answer.Data is not null
            ? new ApiResult<T>(answer.Data, null)
            : new ApiResult<T>(null, new ApiProblem(error?.Code ?? "UNKNOWN", error?.Message ?? "The API answered without data."));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ApiUnavailableException("The API cannot be reached.", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ApiUnavailableException("The API did not answer in time.", exception);
        }
    }
}
