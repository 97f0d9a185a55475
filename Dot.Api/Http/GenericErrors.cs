using Microsoft.AspNetCore.Diagnostics;

namespace Dot.Api.Http;

/// <summary>
/// The last word on any failure no endpoint answered itself: one generic sentence in JSON, never the exception, its
/// stack trace or a server path, in Development too (the exception is logged). A request that could not be read
/// keeps its status (400, 408, 413); anything else is 500.
/// </summary>
public static class GenericErrors
{
    public const string ServerFailure = "The server failed to answer this request; the failure has been logged.";
    public const string UnreadableRequest = "The request could not be read.";

    public static WebApplication UseDotGenericErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context)
    {
        var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, message) = failure is BadHttpRequestException bad
            ? (bad.StatusCode, UnreadableRequest)
            : (StatusCodes.Status500InternalServerError, ServerFailure);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
