using System.Globalization;
using Dot.Api.Audit;
using Dot.Api.Auth;
using Dot.Api.GraphQL.Limits;
using Dot.Api.Http;
using Dot.Api.Telemetry;
using Dot.Storage.Aws;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dot.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: authenticates the caller, reads the request, executes it and writes the
/// result with the status codes of the GraphQL over HTTP spec. Everything after authentication runs within the
/// request's time budget (<see cref="RequestBudget"/>).
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<DotSchema> executer,
    IDocumentBuilder documents,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    TimeProvider clock,
    RefusedCallAuditor refusals,
    GraphQLMetrics metrics,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLRequestReader _reader = new(serializer, options.Value.MaxRequestBytes);
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = GraphQLMediaTypes.ChooseResponseType(http.Request);
        if (http.User.FindCaller() is null)
        {
            // A refusal DoT words itself (a read token's state, a missing membership) is worth showing; a JWT library's is not.
            var failure = (await http.AuthenticateAsync()).Failure;
            await http.ChallengeAsync();
            var message = failure is AuthenticationFailureException ? failure.Message : "A valid bearer token is required.";
            await AuditRefusalAsync(http, message);
            await WriteAsync(http, responseType, StatusCodes.Status401Unauthorized, ErrorResult("UNAUTHENTICATED", message));
            return;
        }

        using var budget = new RequestBudget(_timeout, clock, http.RequestAborted);
        try
        {
            await AnswerAsync(http, responseType, budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsSpent)
        {
            logger.LogWarning("A GraphQL request was stopped after its time budget of {Seconds} s.", budget.Limit.TotalSeconds);
            var message = $"The request took longer than {budget.Limit.TotalSeconds} s and was stopped; ask for less at once.";
            await WriteAsync(http, responseType, StatusCodes.Status503ServiceUnavailable, ErrorResult(ErrorCodes.Timeout, message));
        }
    }

    private async Task AnswerAsync(HttpContext http, string responseType, CancellationToken cancellationToken)
    {
        var (request, error) = await _reader.ReadAsync(http.Request, cancellationToken);
        if (error is not null)
        {
            await WriteAsync(http, responseType, error.Status, ErrorResult(error.Code, error.Message));
            return;
        }

        GraphQLDocument document;
        try
        {
            document = documents.Build(request!.Query!);
        }
        catch (ExecutionError refused)
        {
            // A syntax error, or a document refused for its size before anything validates it.
            var result = new ExecutionResult(refused);
            await WriteAsync(http, responseType, StatusOf(result, responseType), result);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteAsync(http, responseType, StatusCodes.Status405MethodNotAllowed, ErrorResult("METHOD_NOT_ALLOWED", "Mutations must be sent with POST."));
            return;
        }

        using var activity = DotTelemetry.Source.StartActivity("graphql.execute");
        activity?.SetTag(DotTelemetry.TenantTag, http.User.FindCaller()?.TenantId)
            .SetTag("graphql.operation.type", IsMutation(document, request.OperationName) ? "mutation" : "query");
        var executed = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL resolver failed.");
                if (AwsOutage.Caused(context.OriginalException))
                {
                    context.Exception = new StoreUnavailableError();
                }
                return Task.CompletedTask;
            },
        });
        await WriteAsync(http, responseType, StatusOf(executed, responseType), executed);
    }

    /// <summary>
    /// A 401 whose credentials name a tenant goes into its trail once per mutation field the request asked for (the
    /// body is read only then); any other 401 is logged.
    /// </summary>
    private async Task AuditRefusalAsync(HttpContext http, string message)
    {
        if (RefusedCredential.Find(http) is null)
        {
            await refusals.RecordAsync(http, "graphql", message);
            return;
        }
        var (request, error) = await _reader.ReadAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            return;
        }
        GraphQLDocument document;
        try
        {
            document = documents.Build(request!.Query!);
        }
        catch (ExecutionError)
        {
            return;
        }
        foreach (var field in MutationFields(document, request.OperationName))
        {
            await refusals.RecordAsync(http, field, message);
        }
    }

    private static int StatusOf(ExecutionResult result, string responseType)
    {
        if (result.Errors?.OfType<RateLimitedError>().Any() == true)
        {
            return StatusCodes.Status429TooManyRequests;
        }
        if (result.Errors?.OfType<StoreUnavailableError>().Any() == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }
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
        metrics.Answered(status, result.Errors?.Select(error => error.Code) ?? []);
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } limited)
        {
            limited.Decision.AddRetryAfter(http.Response);
        }
        if (result.Errors?.OfType<StoreUnavailableError>().Any() == true)
        {
            http.Response.Headers.RetryAfter = GenericErrors.StoreUnavailableRetryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static ExecutionResult ErrorResult(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    private static bool IsMutation(GraphQLDocument document, string? operationName) =>
        OperationOf(document, operationName)?.Operation == OperationType.Mutation;

    private static IEnumerable<string> MutationFields(GraphQLDocument document, string? operationName) =>
        OperationOf(document, operationName) is { Operation: OperationType.Mutation } mutation
            ? mutation.SelectionSet.Selections.OfType<GraphQLField>().Select(field => field.Name.StringValue)
            : [];

    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
