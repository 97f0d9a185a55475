using Microsoft.Net.Http.Headers;

namespace Dot.Api.GraphQL.Http;

/// <summary>Content negotiation as the GraphQL over HTTP spec describes it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The new media type unless the client asks for plain JSON only.</summary>
    public static string ChooseResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes || type.MatchesAllSubTypes && type.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }
        return GraphQLResponse;
    }

    public static bool IsJsonRequest(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
