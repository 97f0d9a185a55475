using Dot.Domain.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dot.Api.Health;

/// <summary>
/// <c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: every store's probe answers, the ingest worker
/// runs and the upload queue moves; 503 otherwise. <c>/healthz</c> is liveness, as it always was.
/// </summary>
public static class HealthExtensions
{
    private const string Live = "live";
    private const string Ready = "ready";

    public static IHostApplicationBuilder AddDotHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("answers"), [Live])
            .AddCheck<WorkerCheck>("worker", tags: [Ready])
            .AddCheck<QueueCheck>("queue", tags: [Ready]);
        // One check per store probe the adapters registered, known only once the container is built.
        builder.Services.AddOptions<HealthCheckServiceOptions>().Configure<IServiceProvider, IOptions<HealthOptions>>((options, services, health) =>
        {
            foreach (var probe in services.GetServices<IStoreProbe>())
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    probe.Name,
                    provider => ActivatorUtilities.CreateInstance<StoreProbeCheck>(provider, probe),
                    HealthStatus.Unhealthy,
                    [Ready],
                    TimeSpan.FromSeconds(health.Value.CheckTimeoutSeconds)));
            }
        });
        return builder;
    }

    public static WebApplication MapDotHealth(this WebApplication app)
    {
        var live = Options(Live);
        app.MapHealthChecks("/healthz", live).AllowAnonymous();
        app.MapHealthChecks("/healthz/live", live).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", Options(Ready)).AllowAnonymous();
        return app;
    }

    private static HealthCheckOptions Options(string tag) =>
        new() { Predicate = registration => registration.Tags.Contains(tag), ResponseWriter = HealthResponse.WriteAsync };
}
