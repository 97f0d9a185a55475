using System.Text.Json;

namespace Dot.Portal.Api;

/// <summary>One entry of a GraphQL response's <c>errors</c>.</summary>
public sealed record GraphQLError(string Message, IReadOnlyDictionary<string, JsonElement>? Extensions)
{
    public string? Code =>
        Extensions is not null && Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;
}
