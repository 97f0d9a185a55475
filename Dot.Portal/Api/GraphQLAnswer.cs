namespace Dot.Portal.Api;

/// <summary>A GraphQL response body.</summary>
public sealed record GraphQLAnswer<T>(T? Data, IReadOnlyList<GraphQLError>? Errors)
    where T : class;
