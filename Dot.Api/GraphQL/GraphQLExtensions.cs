using Dot.Api.GraphQL.Analytics;
using Dot.Api.GraphQL.Authorization;
using Dot.Api.GraphQL.Http;
using Dot.Api.GraphQL.Limits;
using Dot.Api.GraphQL.Validation;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;

namespace Dot.Api.GraphQL;

public static class GraphQLExtensions
{
    public static IHostApplicationBuilder AddDotGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var limits = builder.Configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        var introspection = limits.Introspection ?? builder.Environment.IsDevelopment();

        builder.Services.AddGraphQL(graphQL =>
        {
            graphQL.AddSchema<DotSchema>()
                .AddGraphTypes(typeof(DotSchema).Assembly)
                .AddSystemTextJson()
                .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = false)
                .AddValidationRule(CancellationRule.Instance)
                .AddComplexityAnalyzer(complexity =>
                {
                    complexity.MaxDepth = limits.MaxDepth;
                    complexity.MaxComplexity = limits.MaxComplexity;
                    complexity.ValidateComplexityDelegate = ComplexityRateLimit.ValidateAsync;
                })
                .AddValidationRule<FieldAuthorizationRule>();
            if (!introspection)
            {
                graphQL.AddValidationRule(NoIntrospectionValidationRule.Instance)
                    .ConfigureExecutionOptions(execution => execution.ValidationRules = SuggestionFreeRules.Replace(execution.ValidationRules));
            }
        });
        // After AddGraphQL, so that it replaces graphql-dotnet's parser for the executer (and the endpoint uses it too).
        builder.Services.AddSingleton<IDocumentBuilder, LimitedDocumentBuilder>();
        builder.Services.AddDotAnalytics();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
        return builder;
    }

    public static WebApplication MapDotGraphQL(this WebApplication app)
    {
        var handler = app.Services.GetRequiredService<GraphQLHttpHandler>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync);
        app.MapMethods("/graphql", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], MethodNotAllowed);
        return app;
    }

    private static IResult MethodNotAllowed(HttpContext context)
    {
        context.Response.Headers.Allow = "GET, POST";
        return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}
