using Dot.Api.Tokens;

namespace Dot.Api.UploadTokens;

public static class UploadTokenExtensions
{
    public static IHostApplicationBuilder AddDotUploadTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTokenService<UploadTokenService, UploadTokenOptions>(UploadTokenOptions.Section);
        return builder;
    }
}
