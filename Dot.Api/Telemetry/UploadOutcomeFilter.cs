using Dot.Api.Uploads;
using Dot.Domain.IO;
using Dot.Storage.Aws;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dot.Api.Telemetry;

/// <summary>
/// Counts what the upload endpoint answered: an upload object is accepted, an error is refused with the reason its
/// status names, and a full disk or an unavailable store (answered 507 or 503 by <c>GenericErrors</c>) is refused too.
/// </summary>
public sealed class UploadOutcomeFilter(UploadMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception failure) when (ServerRefusal(failure) is { } reason)
        {
            metrics.Refused(reason);
            throw;
        }
        switch (result)
        {
            case JsonHttpResult<UploadResponse>:
                metrics.Accepted();
                break;
            case JsonHttpResult<UploadError> refused:
                metrics.Refused(ReasonOf(refused.StatusCode));
                break;
        }
        return result;
    }

    private static string? ServerRefusal(Exception failure) =>
        DiskFull.Caused(failure) ? "no_space" : AwsOutage.Caused(failure) ? "store_unavailable" : null;

    private static string ReasonOf(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "bad_request",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status408RequestTimeout => "too_slow",
        StatusCodes.Status413PayloadTooLarge => "too_large",
        StatusCodes.Status415UnsupportedMediaType => "unknown_format",
        StatusCodes.Status422UnprocessableEntity => "unprocessable",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        _ => "other",
    };
}
