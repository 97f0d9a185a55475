using Dot.Api.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dot.Api.Telemetry;

/// <summary>Counts what the upload endpoint answered: an upload object is accepted, an error is refused with the reason its status names.</summary>
public sealed class UploadOutcomeFilter(UploadMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
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
