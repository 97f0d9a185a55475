namespace Dot.Api.Connectors;

public static class ConnectorExtensions
{
    public static IHostApplicationBuilder AddDotConnectors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.AllowPrivateAddresses || !builder.Environment.IsProduction(), "Connectors:AllowPrivateAddresses is refused in Production.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConnectorSignal>();
        builder.Services.AddSingleton<ConnectorService>();
        return builder;
    }
}
