using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dot.Api.Health;

/// <summary>
/// The body of the health endpoints: the overall status and each check's, with a short description and how long
/// it took. <c>ok</c> is what <c>/healthz</c> always answered.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = StatusOf(report.Status),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = StatusOf(entry.Value.Status), description = entry.Value.Description, milliseconds = (long)entry.Value.Duration.TotalMilliseconds }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    private static string StatusOf(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unavailable",
    };
}
