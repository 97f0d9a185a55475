namespace Dot.Api.GraphQL.Http;

/// <summary>Why an HTTP request could not become a GraphQL request: the status to answer, a stable code and a sentence.</summary>
internal sealed record GraphQLRequestError(int Status, string Code, string Message);
