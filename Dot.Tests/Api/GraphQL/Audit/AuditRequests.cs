using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Audit;

/// <summary>The <c>auditEvents</c> query as the portal and scripts send it.</summary>
internal static class AuditRequests
{
    public const string Query = """
        query($first: Int, $after: String, $action: String, $actor: String) {
          auditEvents(first: $first, after: $after, action: $action, actor: $actor) {
            edges { cursor node { id action actor actorKind targetId at remoteAddress outcome reason } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>The events an owner reads with these arguments, newest first.</summary>
    public static async Task<List<JsonElement>> EventsAsync(GraphQLClient owner, string? action = null, string? actor = null, int first = 100) =>
        (await owner.DataAsync(Query, new { first, action, actor })).GetProperty("auditEvents").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    /// <summary>The newest event of <paramref name="action"/> about <paramref name="targetId"/>.</summary>
    public static async Task<JsonElement> LatestAsync(GraphQLClient owner, string action, string? targetId) =>
        (await EventsAsync(owner, action)).First(e => e.GetProperty("targetId").GetString() == targetId);
}
