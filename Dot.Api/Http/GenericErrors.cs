using System.Globalization;
using Dot.Domain.IO;
using Dot.Storage.Aws;
using Microsoft.AspNetCore.Diagnostics;

namespace Dot.Api.Http;

/// <summary>
/// The last word on any failure no endpoint answered itself: one generic sentence in JSON, never the exception, its
/// stack trace or a server path, in Development too (the exception is logged). A request that could not be read
/// keeps its status (400, 408, 413); a full disk is 507 with <c>Retry-After</c> (what failed was not kept, and the
/// same request succeeds once an operator has made room); a store that is unavailable for now (AWS throttling or 5xx
/// after the SDK's retries, no connection) is 503 with <c>Retry-After</c>; anything else is 500.
/// </summary>
public static class GenericErrors
{
    public const string ServerFailure = "The server failed to answer this request; the failure has been logged.";
    public const string UnreadableRequest = "The request could not be read.";
    public const string NoSpace = "The server has no space left to store this request; nothing of it was kept. Send it again later.";
    public static readonly TimeSpan NoSpaceRetryAfter = TimeSpan.FromSeconds(60);
    public const string StoreUnavailable = "A store DoT depends on is unavailable for now; nothing of this request was kept. Send it again shortly.";
    public static readonly TimeSpan StoreUnavailableRetryAfter = TimeSpan.FromSeconds(5);

    public static WebApplication UseDotGenericErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context)
    {
        var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, message, retryAfter) = failure switch
        {
            BadHttpRequestException bad => (bad.StatusCode, UnreadableRequest, (TimeSpan?)null),
            _ when DiskFull.Caused(failure) => (StatusCodes.Status507InsufficientStorage, NoSpace, NoSpaceRetryAfter),
            _ when AwsOutage.Caused(failure) => (StatusCodes.Status503ServiceUnavailable, StoreUnavailable, StoreUnavailableRetryAfter),
            _ => (StatusCodes.Status500InternalServerError, ServerFailure, null),
        };
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
