namespace Dot.Api.GraphQL.Analytics;

public static class AnalyticsExtensions
{
    /// <summary>Binds and checks the <c>Analytics</c> section at start.</summary>
    public static IServiceCollection AddDotAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>()
            .BindConfiguration(AnalyticsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
