using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dot.Api.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The API's metrics and spans, added to the OpenTelemetry providers the service defaults set up (and export over OTLP when configured).</summary>
    public static IHostApplicationBuilder AddDotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UploadMetrics>();
        builder.Services.AddSingleton<GraphQLMetrics>();
        builder.Services.AddSingleton<ConnectorMetrics>();
        builder.Services.AddSingleton<CacheMetrics>();
        builder.Services.AddHostedService<QueueSampler>();
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(DotTelemetry.Name));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DotTelemetry.Name));
        return builder;
    }
}
