namespace Dot.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IHostApplicationBuilder AddDotGraphQL(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapDotGraphQL(this WebApplication app) => app;
}
