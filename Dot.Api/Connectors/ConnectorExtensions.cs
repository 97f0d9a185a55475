using Dot.Api.Connectors.AppStore;
using Dot.Api.Connectors.GooglePlay;
using Dot.Api.Connectors.Http;
using Dot.Api.Connectors.Jira;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Dot.Api.Connectors;

public static class ConnectorExtensions
{
    public static IHostApplicationBuilder AddDotConnectors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.AllowPrivateAddresses || !builder.Environment.IsProduction(), "Connectors:AllowPrivateAddresses is refused in Production.")
            .Validate(o => new[] { o.AppStore.BaseUrl, o.GooglePlay.BaseUrl, o.GooglePlay.TokenUrl }.All(u => Uri.TryCreate(u, UriKind.Absolute, out _)),
                "Connectors:AppStore:BaseUrl, Connectors:GooglePlay:BaseUrl and Connectors:GooglePlay:TokenUrl must be absolute URLs.")
            .Validate(o => o.Jira.ReconcileHours is >= 0 and <= ConnectorOptions.JiraOptions.MaxReconcileHours,
                $"Connectors:Jira:ReconcileHours must be from 0 to {ConnectorOptions.JiraOptions.MaxReconcileHours}.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConnectorSignal>();
        builder.Services.AddSingleton<ConnectorService>();
        builder.Services.AddSingleton<ConnectorTester>();
        builder.Services.AddSingleton<ConnectorRunner>();
        builder.Services.AddSingleton<ConnectorScheduler>();
        builder.Services.AddSingleton<ConnectorHttp>();
        builder.Services.AddSingleton<ConnectorRunServices>();
        builder.Services.AddSingleton<IConnectorFetcher, JiraFetcher>();
        builder.Services.AddSingleton<IConnectorFetcher, AppStoreFetcher>();
        builder.Services.AddSingleton<IConnectorFetcher, GooglePlayFetcher>();
        builder.Services.AddHttpClient(ConnectorHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(services =>
                GuardedConnections.CreateHandler(services.GetRequiredService<IOptions<ConnectorOptions>>().Value.AllowPrivateAddresses))
            .AddResilienceHandler("connectors", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
                var maxWait = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(options.RetryBaseDelaySeconds),
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(RetryRules.ShouldRetry(args.Outcome, maxWait, clock.GetUtcNow())),
                    DelayGenerator = args => ValueTask.FromResult(RetryRules.RateLimitWait(args.Outcome.Result, clock.GetUtcNow())),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
            });
        if (builder.Configuration.GetValue(ConnectorOptions.Section + ":" + nameof(ConnectorOptions.RunScheduler), defaultValue: true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ConnectorScheduler>());
        }
        return builder;
    }
}
