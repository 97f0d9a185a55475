using Dot.Api.Auth;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: authenticates the caller, reads the request, executes it and writes the
/// result with the status codes of the GraphQL over HTTP spec.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<DotSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLRequestReader _reader = new(serializer, options.Value.MaxRequestBytes);

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = GraphQLMediaTypes.ChooseResponseType(http.Request);
        if (http.User.FindCaller() is null)
        {
            // A refusal DoT words itself (a read token's state, a missing membership) is worth showing; a JWT library's is not.
            var failure = (await http.AuthenticateAsync()).Failure;
            await http.ChallengeAsync();
            var message = failure is AuthenticationFailureException ? failure.Message : "A valid bearer token is required.";
            await WriteAsync(http, responseType, StatusCodes.Status401Unauthorized, ErrorResult("UNAUTHENTICATED", message));
            return;
        }

        var (request, error) = await _reader.ReadAsync(http.Request);
        if (error is not null)
        {
            await WriteAsync(http, responseType, error.Status, ErrorResult(error.Code, error.Message));
            return;
        }

        var document = TryParse(request!.Query!);
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteAsync(http, responseType, StatusCodes.Status405MethodNotAllowed, ErrorResult("METHOD_NOT_ALLOWED", "Mutations must be sent with POST."));
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL resolver failed.");
                return Task.CompletedTask;
            },
        });
        await WriteAsync(http, responseType, StatusOf(result, responseType), result);
    }

    private static int StatusOf(ExecutionResult result, string responseType)
    {
        if (result.Executed || responseType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }
        var onlyAccessDenied = result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.AccessDenied);
        return onlyAccessDenied ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
    }

    private async Task WriteAsync(HttpContext http, string responseType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static ExecutionResult ErrorResult(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null; // the executer parses again and reports the syntax error with its location
        }
    }

    private static bool IsMutation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
    }
}
