namespace Dot.Api.Retention;

public static class RetentionExtensions
{
    /// <summary>Binds <c>Retention</c> and, unless <c>Retention:RunSweeper</c> is false, runs the sweep in the background.</summary>
    public static IHostApplicationBuilder AddDotRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionSweep>();
        if (builder.Configuration.GetValue(RetentionOptions.Section + ":" + nameof(RetentionOptions.RunSweeper), defaultValue: true))
        {
            builder.Services.AddHostedService<RetentionSweeper>();
        }
        return builder;
    }
}
