namespace Dot.Api.UploadTokens;

public static class UploadTokenExtensions
{
    public static IHostApplicationBuilder AddDotUploadTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadTokenOptions>()
            .BindConfiguration(UploadTokenOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<UploadTokenService>();
        return builder;
    }
}
